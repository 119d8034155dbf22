"""The checker against the second blind set: 150 cases written without reading the checker.

Untouched, before any change made after reading it, the set scored 113/150 (75.3%) with
safeguarding recall 4/22; that score is in the checker's README. Changes since were made by
mechanism (see the git log), so the score printed here is no longer an estimate of unseen
writing. The bar is the level reached less a small margin: every safeguarding case held
with the safeguarding concern, every `return` case returned, no publish case stopped, and
decisions right at least 93% of the time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from checker_scoring import load_cases, score

BLIND_CASES_2 = Path(__file__).resolve().parent / "blind_cases_2.jsonl"
MINIMUM_ACCURACY = 0.93


def test_it_meets_the_bar_on_the_second_blind_set(capsys: pytest.CaptureFixture[str]) -> None:
    scores = score(load_cases(BLIND_CASES_2))
    with capsys.disabled():
        print("\n" + scores.report("blind_cases_2.jsonl"))
    assert scores.total >= 150
    scores.assert_the_bar(MINIMUM_ACCURACY)
    assert not scores.misses_of("publish"), f"publish cases stopped: {scores.misses_of('publish')}"
