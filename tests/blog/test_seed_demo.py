"""The `seed_demo` command: the demo cast, posts and comments, loaded as often as you like."""

from __future__ import annotations

import datetime
import importlib
import re
import shutil
from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from django.utils.html import escape

from accounts.models import Capacity, Profession, Regulator, TrustLevel, User
from accounts.permissions import MODERATORS_GROUP, is_moderator
from blog.demo import DEMO_DIR, load_cast, load_posts
from blog.management.commands.seed_demo import DEFAULT_DEMO_PASSWORD
from blog.models import Comment, Post, Status, Tag

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # The command hashes seven passwords per run; the real hasher is slow on purpose.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def no_password_from_the_environment(monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)


def seed(*args: str) -> str:
    """Run the command as `make demo` would (tests run with DEBUG off) and return its output."""
    out = StringIO()
    call_command("seed_demo", "--allow-without-debug", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def seeded() -> str:
    return seed()


def member(email: str) -> User:
    return User.objects.get(email=email)


def snapshot() -> dict[str, object]:
    """Everything the command writes, in a form two runs can be compared by."""
    return {
        "users": sorted(User.objects.values_list("email", "display_name", "capacity")),
        "addresses": sorted(EmailAddress.objects.values_list("email", "verified", "primary")),
        "posts": sorted(
            Post.objects.values_list("pk", "slug", "title", "body", "status", "published_at")
        ),
        "post tags": sorted(Post.tags.through.objects.values_list("post_id", "tag_id")),
        "tags": sorted(Tag.objects.values_list("pk", "name")),
        "comments": sorted(
            Comment.objects.values_list("pk", "post_id", "author_id", "parent_id", "body")
        ),
    }


# --- the cast


def test_it_creates_the_seven_members_of_the_cast_with_their_capacities(seeded):
    expected = {
        "nurse@demo.example": (Capacity.PRACTITIONER, Profession.NURSE, Regulator.NMC),
        "social.worker@demo.example": (
            Capacity.PRACTITIONER,
            Profession.SOCIAL_WORKER,
            Regulator.SWE,
        ),
        "psychologist@demo.example": (
            Capacity.PRACTITIONER,
            Profession.PSYCHOLOGIST,
            Regulator.HCPC,
        ),
        "lived.experience@demo.example": (Capacity.LIVED_EXPERIENCE, "", ""),
        "carer@demo.example": (Capacity.CARER, "", ""),
        "moderator@demo.example": (Capacity.PRACTITIONER, Profession.PEER_SUPPORT_WORKER, ""),
        "reader@demo.example": (Capacity.READER, "", ""),
    }
    found = {
        user.email: (user.capacity, user.profession, user.regulator)
        for user in User.objects.filter(email__endswith="@demo.example")
    }
    assert found == expected


def test_every_member_has_a_verified_primary_address_a_short_name_and_a_bio(seeded):
    for user in User.objects.all():
        address = EmailAddress.objects.get(user=user)
        assert (address.email, address.verified, address.primary) == (user.email, True, True)
        assert user.bio
        # Pseudonyms or first names, never a full name.
        assert len(user.display_name.split()) == 1, user.display_name


def test_only_the_moderator_is_in_the_moderators_group_and_may_moderate(seeded):
    moderators = User.objects.filter(groups__name=MODERATORS_GROUP)
    assert list(moderators.values_list("email", flat=True)) == ["moderator@demo.example"]
    assert is_moderator(member("moderator@demo.example"))
    assert not is_moderator(member("nurse@demo.example"))


def test_everyone_but_the_reader_is_an_established_member(seeded):
    levels = dict(User.objects.values_list("email", "trust_level"))
    assert levels.pop("reader@demo.example") == TrustLevel.NEW
    assert set(levels.values()) == {TrustLevel.ESTABLISHED}


def test_the_reader_stays_a_new_account_even_a_month_after_joining(seeded):
    from accounts.trust import refresh_trust

    User.objects.filter(email="reader@demo.example").update(
        date_joined=timezone.now() - datetime.timedelta(days=30)
    )
    reader = member("reader@demo.example")
    # The demo shows what a new member's experience is like, so the reader has too few
    # published contributions to be promoted at their next log-in.
    assert not refresh_trust(reader)
    assert member("reader@demo.example").trust_level == TrustLevel.NEW


# --- the logins


def test_it_prints_a_login_for_every_member_with_the_demo_password_that_works(seeded):
    for user in User.objects.all():
        line = next(line for line in seeded.splitlines() if line.startswith(user.email))
        assert DEFAULT_DEMO_PASSWORD in line
        assert user.get_capacity_display() in line
        assert user.check_password(DEFAULT_DEMO_PASSWORD)


def test_it_uses_the_password_set_in_demo_password(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "otters-hold-hands-asleep")
    output = seed()
    assert "otters-hold-hands-asleep" in output
    assert DEFAULT_DEMO_PASSWORD not in output
    assert member("carer@demo.example").check_password("otters-hold-hands-asleep")


def test_a_second_run_with_a_new_password_changes_every_login(seeded, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "otters-hold-hands-asleep")
    seed()
    assert all(user.check_password("otters-hold-hands-asleep") for user in User.objects.all())


def test_it_refuses_a_weak_demo_password_and_creates_nobody(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "password")
    with pytest.raises(CommandError, match="DEMO_PASSWORD is not accepted"):
        seed()
    assert not User.objects.exists()


def test_it_refuses_to_run_with_debug_off_unless_told_to(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("seed_demo", stdout=StringIO())
    assert not User.objects.exists()


def test_it_runs_without_being_told_when_debug_is_on(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO())
    assert User.objects.filter(email="nurse@demo.example").exists()


# --- posts and comments


def test_it_publishes_about_twenty_posts_each_with_three_to_five_tags(seeded):
    published = Post.objects.published().prefetch_related("tags")
    assert 18 <= published.count() <= 22
    for post in published:
        assert 3 <= len(post.tags.all()) <= 5, post.slug
    assert 12 <= Tag.objects.count() <= 16


def test_posts_are_spread_over_the_last_few_months_on_different_days(seeded):
    now = timezone.now()
    times = list(Post.objects.published().values_list("published_at", flat=True))
    assert all(now - datetime.timedelta(days=150) < when < now for when in times)
    assert max(times) - min(times) > datetime.timedelta(days=60)
    assert len({timezone.localdate(when) for when in times}) == len(times)


def test_each_published_post_has_two_to_six_comments_by_other_members_first(seeded):
    for post in Post.objects.published():
        comments = list(post.comments.all())
        assert 2 <= len(comments) <= 6, post.slug
        assert all(comment.status == Status.PUBLISHED for comment in comments)
        # The post's author may reply, but the conversation starts with someone else.
        assert comments[0].author_id != post.author_id, post.slug
    assert 50 <= Comment.objects.count() <= 75


def test_comments_come_after_their_post_and_replies_after_what_they_answer(seeded):
    for comment in Comment.objects.select_related("post", "parent"):
        assert comment.created_at > comment.post.published_at
        if comment.parent:
            assert comment.parent.parent_id is None
            assert comment.parent.post_id == comment.post_id
            assert comment.created_at > comment.parent.created_at
    assert Comment.objects.filter(parent__isnull=False).count() >= 5


def test_the_nurse_has_one_draft_that_readers_cannot_see(seeded):
    draft = Post.objects.get(status=Status.DRAFT)
    assert draft.author.email == "nurse@demo.example"
    assert draft.published_at is None
    assert not draft.comments.exists()
    assert draft not in Post.objects.published()


def test_posts_that_discuss_self_harm_or_suicide_carry_a_content_warning(seeded):
    sensitive = Post.objects.published().filter(title__iregex=r"self-harm|suicide")
    assert sensitive.count() >= 2
    for post in sensitive:
        assert re.search(r"self-harm|suicide", post.content_warning), post.slug


def test_markdown_in_the_posts_is_rendered_with_headings_lists_and_quotes(seeded):
    bodies = list(Post.objects.published().values_list("body_html", flat=True))
    assert sum("<h2>" in body for body in bodies) >= 15
    assert sum("<ul>" in body or "<ol>" in body for body in bodies) >= 15
    assert sum("<blockquote>" in body for body in bodies) >= 10


def test_every_published_demo_post_is_between_250_and_700_words():
    for post in load_posts(load_cast()):
        if post.is_published:
            words = len(re.findall(r"[\w'-]+", post.body))
            assert 250 <= words <= 700, f"{post.slug} has {words} words"


def test_the_seeded_site_serves_every_published_post_and_hides_the_draft(seeded, client):
    home = client.get("/")
    assert home.status_code == 200
    newest = Post.objects.published().newest_first().first()
    assert escape(newest.title).encode() in home.content
    for post in Post.objects.published():
        page = client.get(post.get_absolute_url())
        assert page.status_code == 200, post.slug
        if post.content_warning:
            assert escape(post.content_warning).encode() in page.content
    draft = Post.objects.get(status=Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404


# --- running again


def test_running_twice_creates_nothing_new_and_changes_nothing(seeded):
    before = snapshot()
    output = seed()
    assert snapshot() == before
    assert "Nothing changed." in output


def test_it_brings_back_what_was_changed_in_the_database(seeded):
    post = Post.objects.get(slug="supervision-on-nights")
    post.title = "Something else"
    post.save()
    post.tags.clear()
    nurse = member("nurse@demo.example")
    nurse.capacity = Capacity.READER
    nurse.save()

    output = seed()

    post.refresh_from_db()
    assert post.title == "Supervision on nights: making it happen"
    assert post.tags.count() == 3
    assert member("nurse@demo.example").capacity == Capacity.PRACTITIONER
    assert "posts 1 updated" in output


def test_editing_a_demo_file_updates_the_post_and_comment_in_place(tmp_path):
    content = tmp_path / "demo"
    shutil.copytree(DEMO_DIR, content, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    seed("--content", str(content))
    post = Post.objects.get(slug="supervision-on-nights")
    comments_before = Comment.objects.count()
    first_comment = post.comments.first()

    path = content / "posts" / "supervision-on-nights.toml"
    text = path.read_text()
    text = text.replace("Supervision on nights: making it happen", "Supervision on nights")
    text = text.replace("Running the monthly night staff group", "Facilitating the night group")
    path.write_text(text)
    seed("--content", str(content))

    post.refresh_from_db()
    first_comment.refresh_from_db()
    assert post.title == "Supervision on nights"
    assert first_comment.body.startswith("Facilitating the night group")
    assert Comment.objects.count() == comments_before
    assert Post.objects.filter(slug__startswith="supervision-on-nights").count() == 1


def test_a_post_naming_someone_outside_the_cast_is_refused_with_its_file_name(tmp_path):
    content = tmp_path / "demo"
    shutil.copytree(DEMO_DIR, content, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = content / "posts" / "supervision-on-nights.toml"
    path.write_text(path.read_text().replace('author = "nurse"', 'author = "surgeon"', 1))

    with pytest.raises(CommandError, match=r"supervision-on-nights\.toml.*surgeon"):
        seed("--content", str(content))
    assert not Post.objects.exists()


# --- the moderation checker


def checker():
    """moderation.checker.check, or a skip saying why it cannot be used yet."""
    try:
        module = importlib.import_module("moderation.checker")
    except ImportError as error:
        pytest.skip(f"moderation.checker is not importable yet ({error}).")
    if not hasattr(module, "check"):
        pytest.skip("moderation.checker has no check() yet.")
    return module.check


def test_every_demo_post_and_comment_would_be_published_by_the_checker():
    check = checker()
    cast = load_cast(DEMO_DIR / "cast.toml")
    held: list[str] = []
    for post in load_posts(cast):
        fields = {"title": post.title, "body": post.body}
        if post.excerpt:
            fields["excerpt"] = post.excerpt
        verdict = check(kind="post", fields=fields)
        if verdict.decision != "publish":
            held.append(f"{post.slug}: {verdict.decision} {verdict.findings}")
        for number, comment in enumerate(post.comments, start=1):
            verdict = check(kind="comment", fields={"body": comment.body})
            if verdict.decision != "publish":
                held.append(f"{post.slug} comment {number}: {verdict.decision} {verdict.findings}")
    assert not held, "\n".join(held)


def test_posts_the_checker_would_give_a_content_warning_carry_that_warning():
    check = checker()
    for post in load_posts(load_cast()):
        verdict = check(kind="post", fields={"title": post.title, "body": post.body})
        if not hasattr(verdict, "suggested_content_warning"):
            pytest.skip("The checker does not suggest content warnings yet.")
        if verdict.suggested_content_warning:
            assert post.content_warning == verdict.suggested_content_warning, post.slug
