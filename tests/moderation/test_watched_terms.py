"""Moderators add watched terms in the admin, and the next submission is held or returned."""

from __future__ import annotations

import pytest
from django.urls import reverse

from blog.models import Post, Status
from moderation.models import Case, WatchedTerm
from tests.moderation.test_submission import compose


def add_term_in_admin(admin, term: str, action: str, concern: str) -> None:
    response = admin.post(
        reverse("admin:moderation_watchedterm_add"),
        {
            "term": term,
            "action": action,
            "concern": concern,
            "principle": "",
            "note": "",
            "active": "on",
        },
    )
    assert response.status_code == 302, response.content


@pytest.mark.parametrize(
    ("action", "status"), [("hold", Status.PENDING), ("return", Status.RETURNED)]
)
def test_a_term_added_in_the_admin_holds_or_returns_the_next_post(
    superuser_client, superuser, client_for, practitioner, action, status
):
    add_term_in_admin(superuser_client, "Wibblecoin", action, "spam")
    term = WatchedTerm.objects.get()
    assert term.added_by == superuser
    assert term.principle == "house-no-advertising"

    compose(client_for(practitioner), "Has anyone else been offered wibblecoin at work?")
    post = Post.objects.get()
    case = Case.objects.get()
    assert post.status == status
    assert case.concerns == ["spam"]
    assert case.findings[0]["excerpt"] == "wibblecoin"


def test_a_term_switched_off_no_longer_counts(client_for, practitioner):
    WatchedTerm.objects.create(term="wibblecoin", action="return", concern="spam", active=False)
    compose(client_for(practitioner), "Has anyone else been offered wibblecoin at work?")
    assert Post.objects.get().status == Status.PUBLISHED


def test_the_same_term_cannot_be_added_twice_in_another_case(superuser_client):
    add_term_in_admin(superuser_client, "wibblecoin", "hold", "spam")
    response = superuser_client.post(
        reverse("admin:moderation_watchedterm_add"),
        {"term": "WIBBLECOIN", "action": "hold", "concern": "spam", "active": "on"},
    )
    assert response.status_code == 200
    assert WatchedTerm.objects.count() == 1
