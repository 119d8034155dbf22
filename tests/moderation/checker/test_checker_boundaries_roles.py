"""Boundaries read from the writer's role named for the person ("I was her care
coordinator"), people supported named in the plural, a friend request accepted, money lent,
and a relationship told as being together. Wordings are our own; near misses publish."""

from __future__ import annotations

import pytest
from checker_scoring import comment


@pytest.mark.parametrize(
    "body",
    [
        "I was her care coordinator for two years. We got together after she moved areas.",
        "Loaned one of the lads I key-work a tenner for the meter; he's paying me back on Monday.",
        "Accepted a friend request from the dad of one of the young people on my caseload. "
        "We'd probably be friends anyway.",
    ],
)
def test_it_holds_relationships_with_people_in_the_writers_care(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", body
    assert "professional-boundaries" in verdict.concerns, body


@pytest.mark.parametrize(
    "body",
    [
        "I was her care coordinator for two years and she taught me more than any course.",
        "My partner and I have been together since uni; he still lends me his good pen.",
        "A mum of one of the kids on my caseload sent a friend request; I declined it "
        "and explained why at the next visit.",
    ],
)
def test_it_publishes_roles_and_relationships_that_keep_the_line(body: str) -> None:
    verdict = comment(body)
    assert "professional-boundaries" not in verdict.concerns, (body, verdict.findings)
