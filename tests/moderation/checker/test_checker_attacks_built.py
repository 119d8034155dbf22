"""Attacks built from describing words around an insult, and mockery of a member by name or
pet name: the describing words need not be listed, but a turn ("but", "not") stops the run.
Wordings are our own."""

from __future__ import annotations

import pytest
from checker_scoring import comment


@pytest.mark.parametrize(
    "body",
    [
        "Charge Nurse Pritchard is a bitter, miserable old bully and everyone on days knows it.",
        "You're a preening, self-important clown, Marcus.",
        "Mr Okafor in finance should never be let near a budget again.",
        "Oh look, here's Dominic again with another lecture. Nobody cares, mate.",
    ],
)
def test_it_holds_insults_with_unlisted_describing_words(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", body
    assert "personal-attack" in verdict.concerns, body


@pytest.mark.parametrize(
    "body",
    [
        "Our new matron is a quiet, thoughtful woman and the ward is calmer for it.",
        "He was a good nurse but not a fool about the rota, and I miss him.",
        "Nobody asked, so I just sat in the corridor until the doctor came.",
        "Oh look, it's snowing again.",
        "I felt like a clumsy, nervous idiot on my first placement.",
    ],
)
def test_it_publishes_description_and_self_mockery(body: str) -> None:
    verdict = comment(body)
    assert "personal-attack" not in verdict.concerns, (body, verdict.findings)
