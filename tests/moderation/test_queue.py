"""The queue: posts and comments together, safeguarding first then oldest, with filters,
and a count in the navigation for moderators."""

from __future__ import annotations

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from moderation.models import Case
from tests.moderation.conftest import (
    ATTACK_TEXT,
    CLEAN_TEXT,
    SAFEGUARDING_TEXT,
    submitted_comment,
    submitted_post,
)

QUEUE = reverse("moderation:queue")


def age(case, hours: int) -> None:
    Case.objects.filter(pk=case.pk).update(created_at=timezone.now() - timedelta(hours=hours))


def test_safeguarding_comes_first_then_the_oldest(
    client_for, moderator, practitioner, psychologist, carer
):
    _post, old = submitted_post(practitioner, ATTACK_TEXT, title="Oldest attack")
    age(old, 10)
    _, newer = submitted_post(psychologist, ATTACK_TEXT, title="Newer attack")
    age(newer, 2)
    published, _ = submitted_post(practitioner, CLEAN_TEXT, title="Clean post")
    _, _urgent = submitted_comment(published, carer, SAFEGUARDING_TEXT)
    html = client_for(moderator).get(QUEUE).content.decode()
    positions = [html.index(label) for label in ("Comment on", "Oldest attack", "Newer attack")]
    assert positions == sorted(positions)
    assert ">Clean post</a>" not in html  # published at once: not in the queue


def test_each_row_shows_author_capacity_kind_age_and_concerns(client_for, moderator, practitioner):
    submitted_post(practitioner, ATTACK_TEXT)
    html = client_for(moderator).get(QUEUE).content.decode()
    assert "Priya (nurse)" in html
    assert "Nurse" in html
    assert ">Post<" in html
    assert "Personal attack" in html
    assert "<time" in html


def test_filters_by_concern_and_kind(client_for, moderator, practitioner, carer):
    post, _ = submitted_post(practitioner, CLEAN_TEXT, title="Clean")
    submitted_post(practitioner, ATTACK_TEXT, title="Attack post")
    submitted_comment(post, carer, SAFEGUARDING_TEXT)
    client = client_for(moderator)
    by_kind = client.get(QUEUE, {"kind": "comment"}).content.decode()
    by_concern = client.get(QUEUE, {"concern": "personal-attack"}).content.decode()
    assert "Comment on" in by_kind and "Attack post" not in by_kind
    assert "Attack post" in by_concern and "Comment on" not in by_concern


def test_the_navigation_counts_the_queue_for_moderators_only(
    client_for, moderator, practitioner, moderator_without_two_factor
):
    submitted_post(practitioner, ATTACK_TEXT)
    submitted_post(practitioner, SAFEGUARDING_TEXT, title="Second")
    moderator_page = client_for(moderator).get("/").content.decode()
    assert f'href="{QUEUE}"' in moderator_page
    assert '2<span class="visually-hidden"> waiting</span>' in moderator_page
    member_page = client_for(practitioner).get("/").content.decode()
    assert f'href="{QUEUE}"' not in member_page
    no_mfa = client_for(moderator_without_two_factor).get("/").content.decode()
    assert f'href="{QUEUE}"' in no_mfa
    assert "waiting</span>" not in no_mfa


def test_the_queue_needs_the_same_queries_however_long_it_is(
    client_for, moderator, practitioner, psychologist
):
    client = client_for(moderator)
    submitted_post(practitioner, ATTACK_TEXT)
    with CaptureQueriesContext(connection) as few:
        client.get(QUEUE)
    for n in range(8):
        submitted_post(psychologist if n % 2 else practitioner, ATTACK_TEXT, title=f"More {n}")
    with CaptureQueriesContext(connection) as many:
        client.get(QUEUE)
    assert len(many.captured_queries) == len(few.captured_queries)
