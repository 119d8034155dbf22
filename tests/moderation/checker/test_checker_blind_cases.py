"""The checker against the blind set: cases written by someone who had not read it.

blind_cases.jsonl was written from MODERATION.md alone, so it is the nearest thing the
project has to writing the checker has never seen. Scores are printed on every run; the
untouched score (before any change made after reading the set) is in the checker's README.
The bar: every safeguarding case is held with the safeguarding concern, every `return` case
is returned, and decisions are right at least 85% of the time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from checker_scoring import load_cases, score

BLIND_CASES = Path(__file__).resolve().parent / "blind_cases.jsonl"
MINIMUM_ACCURACY = 0.85


def test_it_meets_the_bar_on_the_blind_cases(capsys: pytest.CaptureFixture[str]) -> None:
    scores = score(load_cases(BLIND_CASES))
    with capsys.disabled():
        print("\n" + scores.report("blind_cases.jsonl"))
    assert scores.total >= 150
    scores.assert_the_bar(MINIMUM_ACCURACY)
