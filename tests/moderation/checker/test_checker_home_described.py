"""The writer's home told in words: a landmark and a named street, or the door. Wordings
are our own; homes that cannot be found from the words publish."""

from __future__ import annotations

import pytest
from checker_scoring import comment


@pytest.mark.parametrize(
    "body",
    [
        "If anyone's passing, we're the bungalow opposite the post office on Ferry Lane.",
        "I rent the bedsit above the launderette on Station Parade, buzzer doesn't work.",
        "Our house is the one next to the Methodist chapel on Quarry Hill, yellow door.",
    ],
)
def test_it_holds_a_home_described_by_landmark_and_street(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", body
    assert "personal-details" in verdict.concerns, body


@pytest.mark.parametrize(
    "body",
    [
        "I live in a flat above a shop and the noise at closing time is something else.",
        "Years ago I lived in the flat above the chip shop on Mill Road; I still miss it.",
        "The crisis café is in the building opposite the library on Bridge Street.",
    ],
)
def test_it_publishes_homes_that_cannot_be_found(body: str) -> None:
    verdict = comment(body)
    assert "personal-details" not in verdict.concerns, (body, verdict.findings)


def test_it_returns_where_another_member_lives() -> None:
    verdict = comment("@dev_the_ot lives round the corner from me, 14 Sorrel Way, if you need him.")
    assert verdict.decision == "return"
    assert "personal-details" in verdict.concerns
