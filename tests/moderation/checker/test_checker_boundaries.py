"""Professional boundaries: private contact offered to service users, relationships with
current or former service users or their carers."""

from __future__ import annotations

import pytest

from moderation.checker import check


def comment(body: str):
    return check(kind="comment", fields={"body": body})


@pytest.mark.parametrize(
    "body",
    [
        "To any of my old patients from Ash Ward: come and find me on Facebook!",
        "Anyone on my caseload, just text my own mobile instead of the duty line.",
        "Lads from the ward, DM me on here for a chat away from the staff.",
        "Add me on my personal Insta, no need to involve your team.",
        "A woman I supported last year is now one of my closest friends.",
        "A guy I discharged last month asked to meet for a pint and I said yes.",
        "I've been seeing the dad of one of the young people on my caseload.",
    ],
)
def test_it_holds_boundary_breaches(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold"
    assert "professional-boundaries" in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        "Follow me on here for more posts about forensic OT!",
        "I'm a band 5, DM me if you want revalidation tips.",
        "A former patient sent me a friend request. I declined and replied via the team inbox.",
        "I never accept friend requests from patients; the Code is clear on boundaries.",
        "A man from my placement sent a follow request. I haven't accepted it. Should I tell "
        "my assessor?",
    ],
)
def test_it_publishes_ordinary_invitations_and_writing_about_boundaries(body: str) -> None:
    assert comment(body).decision == "publish"
