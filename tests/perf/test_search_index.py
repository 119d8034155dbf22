"""PostgreSQL search reads a stored document through a GIN index, kept up to date by a trigger."""

from __future__ import annotations

import pytest
from django.db import connection

from blog.models import Post, Status
from tests.blog.factories import make_post

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search"),
]


def found(words: str) -> list[str]:
    return list(Post.objects.published().search(words).values_list("title", flat=True))


def test_search_uses_the_gin_index_on_the_stored_document(practitioner):
    from django.utils import timezone

    Post.objects.bulk_create(
        Post(
            author=practitioner,
            title=f"Ordinary post {number}",
            slug=f"ordinary-post-{number}",
            body="Nothing to find here.",
            body_html="<p>Nothing to find here.</p>",
            status=Status.PUBLISHED,
            published_at=timezone.now(),
        )
        for number in range(3000)
    )
    make_post(practitioner, "Supervision that helps", body="Caseload pressure.")
    with connection.cursor() as cursor:
        # New entries wait in the index's pending list until a vacuum; merge them now.
        cursor.execute("SELECT gin_clean_pending_list('blog_post_search_document_gin')")
        cursor.execute("ANALYZE blog_post")
    plan = Post.objects.published().search("caseload").values_list("pk", flat=True).explain()
    assert "blog_post_search_document_gin" in plan


def test_a_new_post_is_found_by_its_title_and_its_body(practitioner):
    make_post(practitioner, "Handover at seven", body="The ward was quiet overnight.")
    assert found("handover") == ["Handover at seven"]
    assert found("quiet ward") == ["Handover at seven"]


def test_editing_a_post_updates_what_finds_it(practitioner):
    post = make_post(practitioner, "Night shifts", body="About sleep.")
    post.title = "Day shifts"
    post.body = "About daylight."
    post.save()
    assert found("daylight") == ["Day shifts"]
    assert found("sleep") == []


def test_a_title_match_ranks_above_a_body_match(practitioner):
    make_post(practitioner, "Notes", body="Some words about supervision in passing.")
    make_post(practitioner, "Supervision", body="Some words.")
    assert found("supervision") == ["Supervision", "Notes"]


def test_a_status_change_leaves_the_document_alone_and_hides_the_post(practitioner):
    post = make_post(practitioner, "Restraint and debriefs")
    post.transition(Status.HIDDEN, allowed_from={Status.PUBLISHED})
    assert found("debriefs") == []
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_document IS NOT NULL FROM blog_post WHERE id = %s", [post.pk])
        assert cursor.fetchone()[0]


def test_only_the_newest_matches_are_ranked_so_a_common_word_stays_cheap(practitioner, monkeypatch):
    import datetime

    from django.utils import timezone

    import blog.models

    monkeypatch.setattr(blog.models, "SEARCH_CANDIDATES", 2)
    now = timezone.now()
    for age, title in enumerate(["Recent notes", "Older notes", "Supervision, at length"]):
        post = make_post(practitioner, title, body="A word about supervision.")
        Post.objects.filter(pk=post.pk).update(published_at=now - datetime.timedelta(days=age))
    # The oldest would rank first (its title matches), but only the newest two are ranked.
    assert found("supervision") == ["Recent notes", "Older notes"]


def test_the_search_document_is_kept_inside_the_row_not_in_toast(db):
    # Walking the newest posts tests thousands of documents; out of line, each cost three
    # more page reads (migration 0004).
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attstorage FROM pg_attribute "
            "WHERE attrelid = 'blog_post'::regclass AND attname = 'search_document'"
        )
        assert cursor.fetchone()[0] == "m"


def test_when_the_newest_posts_hold_too_few_matches_older_ones_are_found(practitioner, monkeypatch):
    import datetime

    from django.utils import timezone

    import blog.fulltext
    import blog.models

    monkeypatch.setattr(blog.models, "SEARCH_CANDIDATES", 2)
    monkeypatch.setattr(blog.fulltext, "WALK_LIMIT", 3)
    now = timezone.now()
    titles = ["Rota", "Leave", "Parking", "Supervision notes", "Older supervision", "Oldest"]
    for age, title in enumerate(titles):
        body = "A word about supervision." if title == "Oldest" else "Nothing in common."
        post = make_post(practitioner, title, body=body)
        Post.objects.filter(pk=post.pk).update(published_at=now - datetime.timedelta(days=age))
    # The walk tests only the newest three, none of which match; the two newest matches
    # are then found among all posts, and the oldest of the three is left out.
    assert found("supervision") == ["Supervision notes", "Older supervision"]


def test_the_newest_matches_are_the_same_whether_walked_or_collected(practitioner, monkeypatch):
    import datetime

    from django.utils import timezone

    import blog.fulltext
    import blog.models

    monkeypatch.setattr(blog.models, "SEARCH_CANDIDATES", 3)
    now = timezone.now()
    for age in range(8):
        body = "Handover went well." if age % 2 else "A quiet shift."
        post = make_post(practitioner, f"Shift {age}", body=body)
        Post.objects.filter(pk=post.pk).update(published_at=now - datetime.timedelta(days=age))
    monkeypatch.setattr(blog.fulltext, "WALK_LIMIT", 100)
    walked = found("handover")
    monkeypatch.setattr(blog.fulltext, "WALK_LIMIT", 1)
    collected = found("handover")
    assert walked == collected == ["Shift 1", "Shift 3", "Shift 5"]


def test_the_last_page_of_a_search_that_hit_the_limit_says_how_to_find_older_posts(
    client, practitioner, monkeypatch
):
    import blog.models

    monkeypatch.setattr(blog.models, "SEARCH_CANDIDATES", 2)
    for title in ["First handover", "Second handover", "Third handover"]:
        make_post(practitioner, title, body="Handover went well.")
    page = client.get("/search/", {"q": "handover"})
    assert "most recent posts that match" in page.content.decode()


def test_a_search_within_the_limit_has_no_note_about_older_posts(client, practitioner):
    make_post(practitioner, "First handover", body="Handover went well.")
    page = client.get("/search/", {"q": "handover"})
    assert "First handover" in page.content.decode()
    assert "most recent posts that match" not in page.content.decode()
