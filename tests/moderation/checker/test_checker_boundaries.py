"""Professional boundaries: private contact offered to service users, relationships with
current or former service users or their carers."""

from __future__ import annotations

import pytest
from checker_scoring import comment

from moderation.checker import check


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


@pytest.mark.parametrize(
    "body",
    [
        "I care-coordinated a young woman last year and we've become really close friends.",
        "A couple of the girls on my caseload text me selfies on Snapchat every night, love it.",
        "I'm a mental health nurse. Let's get a coffee, off the books, just you and me. DM me.",
    ],
)
def test_it_holds_friendships_and_private_meetings_with_people_in_care(body: str) -> None:
    verdict = check(kind="comment", fields={"body": body})
    assert verdict.decision == "hold", verdict.findings
    assert verdict.concerns == ["professional-boundaries"]


@pytest.mark.parametrize(
    "body",
    [
        "I nursed a man on the ward who taught me more about dignity than any lecture.",
        "My sister sends me memes on WhatsApp at midnight and I love her for it.",
        "We've become good friends on the course: the other students are lovely.",
    ],
)
def test_patients_remembered_and_friends_outside_care_publish(body: str) -> None:
    assert check(kind="comment", fields={"body": body}).decision == "publish"
