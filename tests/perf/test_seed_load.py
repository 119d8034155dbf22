"""seed_load, at a tiny scale: the numbers asked for, data shaped like the site's, repeatable."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count, F, Max, Min

from accounts.models import User
from blog.management.commands.seed_load import BUSY_POST_COMMENTS, LOAD_EMAIL_DOMAIN
from blog.models import Comment, Post, Status, Tag

SIZES = {"posts": 30, "comments": 300, "tags": 10, "members": 20}
METHODS = ["auto", "bulk"]  # auto is COPY on PostgreSQL, bulk_create elsewhere


def seed(*extra: str, **sizes: int) -> str:
    sizes = {**SIZES, **sizes}
    out = io.StringIO()
    arguments = [f"--{name}={value}" for name, value in sizes.items()]
    call_command(
        "seed_load", *arguments, "--allow-without-debug", *extra, stdout=out, stderr=io.StringIO()
    )
    return out.getvalue()


def load_members():
    return User.objects.filter(email__endswith="@" + LOAD_EMAIL_DOMAIN)


@pytest.mark.parametrize("method", METHODS)
def test_it_generates_the_numbers_asked_for(db, method):
    seed(f"--method={method}")
    assert load_members().count() == SIZES["members"]
    assert Tag.objects.count() == SIZES["tags"]
    assert Post.objects.count() == SIZES["posts"]
    assert Comment.objects.count() == SIZES["comments"]


def test_scale_shrinks_every_default_together(db):
    out = io.StringIO()
    call_command(
        "seed_load",
        "--scale=0.001",
        "--allow-without-debug",
        stdout=out,
        stderr=io.StringIO(),
    )
    assert (Post.objects.count(), Comment.objects.count()) == (100, 1000)
    assert (Tag.objects.count(), load_members().count()) == (2, 20)


@pytest.mark.parametrize("method", METHODS)
def test_the_rows_look_like_the_sites_own(db, method):
    seed(f"--method={method}")
    posts = Post.objects.all()
    assert posts.values("slug").distinct().count() == SIZES["posts"]
    assert all("<p>" in html for html in posts.values_list("body_html", flat=True))
    assert posts.filter(status=Status.PUBLISHED).count() > SIZES["posts"] * 0.8
    assert not posts.filter(status=Status.PUBLISHED, published_at__isnull=True).exists()
    span = posts.aggregate(oldest=Min("published_at"), newest=Max("published_at"))
    assert (span["newest"] - span["oldest"]).days > 365
    assert Post.tags.through.objects.count() >= SIZES["posts"]
    replies = Comment.objects.filter(parent__isnull=False).select_related("parent")
    assert replies.exists()
    for reply in replies:
        assert reply.parent.post_id == reply.post_id
        assert reply.parent.parent_id is None
        assert reply.created_at > reply.parent.created_at
    assert not Comment.objects.filter(created_at__lt=F("post__published_at")).exists()
    assert not Comment.objects.filter(post__status=Status.DRAFT).exists()


def test_a_few_posts_have_a_long_discussion_for_the_post_page_benchmark(db):
    seed()
    busy = Post.objects.annotate(talk=Count("comments")).filter(talk__gte=BUSY_POST_COMMENTS[0])
    assert busy.count() >= 3


def test_the_same_seed_gives_the_same_rows(db):
    def snapshot() -> list[tuple]:
        return list(
            Comment.objects.order_by("post__slug", "created_at", "body").values_list(
                "post__slug", "post__title", "author__handle", "created_at", "body", "status"
            )
        )

    seed("--seed=7")
    first = snapshot()
    load_members().delete()
    Tag.objects.all().delete()
    seed("--seed=7")
    assert snapshot() == first
    load_members().delete()
    Tag.objects.all().delete()
    seed("--seed=8")
    assert snapshot() != first


def test_it_refuses_a_second_dataset_but_can_reuse_one_of_the_same_size(db):
    seed()
    with pytest.raises(CommandError, match="already holds a load dataset"):
        seed()
    assert "reusing it" in seed("--reuse")
    with pytest.raises(CommandError):
        seed("--reuse", posts=31)
    assert Post.objects.count() == SIZES["posts"]


def test_it_will_not_fill_a_site_that_is_not_in_debug_mode_unless_told(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_load", "--posts=1", stdout=io.StringIO(), stderr=io.StringIO())
    assert not Post.objects.exists()


def test_nobody_can_sign_in_as_a_generated_member(db):
    seed()
    assert not any(member.has_usable_password() for member in load_members())


def test_the_seeded_site_serves_its_pages(db, client):
    seed()
    post = Post.objects.published().annotate(talk=Count("comments")).order_by("-talk").first()
    tag = Tag.objects.annotate(uses=Count("posts")).order_by("-uses").first()
    for url in ("/", post.get_absolute_url(), tag.get_absolute_url(), "/search/?q=supervision"):
        assert client.get(url).status_code == 200, url


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL search column")
@pytest.mark.postgres
def test_seeded_posts_carry_the_search_document_the_trigger_would_have_made(db):
    seed()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM blog_post WHERE search_document IS DISTINCT FROM "
            "setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
            "setweight(to_tsvector('english', coalesce(body, '')), 'B')"
        )
        assert cursor.fetchone()[0] == 0
        cursor.execute("SELECT count(*) FROM blog_post WHERE search_document IS NULL")
        assert cursor.fetchone()[0] == 0
