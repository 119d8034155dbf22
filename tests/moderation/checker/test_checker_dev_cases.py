"""The checker against the labelled cases: the shared sample (dev.jsonl) and our own
held-out set (own_cases.jsonl, written before tuning against dev.jsonl).

Scores are printed on every run. The bar: every safeguarding case is held with the
safeguarding concern, every `return` case is returned, and decisions are right at least
90% of the time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from checker_scoring import Scores, load_cases, score

DEV_CASES = Path(__file__).resolve().parents[3].parent / "shared" / "moderation-cases" / "dev.jsonl"
OWN_CASES = Path(__file__).resolve().parent / "own_cases.jsonl"
MINIMUM_ACCURACY = 0.90


def _scores_for(path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> Scores:
    if not path.exists():
        pytest.skip(f"{path} is not there (it lives in ../shared beside the repository checkout)")
    scores = score(load_cases(path))
    with capsys.disabled():
        print("\n" + scores.report(name))
    return scores


def _assert_the_bar(scores: Scores) -> None:
    scores.assert_the_bar(MINIMUM_ACCURACY)


def test_it_meets_the_bar_on_the_shared_dev_cases(capsys: pytest.CaptureFixture[str]) -> None:
    _assert_the_bar(_scores_for(DEV_CASES, "dev.jsonl", capsys))


def test_it_meets_the_bar_on_our_own_held_out_cases(capsys: pytest.CaptureFixture[str]) -> None:
    _assert_the_bar(_scores_for(OWN_CASES, "own_cases.jsonl", capsys))


def test_our_own_cases_cover_every_concern_and_decision() -> None:
    cases = load_cases(OWN_CASES)
    concerns = {concern for case in cases for concern in case["expect"]["concerns"]}
    decisions = {case["expect"]["decision"] for case in cases}
    assert len(cases) >= 80
    assert decisions == {"publish", "hold", "return"}
    assert concerns == {
        "safeguarding",
        "identifiable-information",
        "confidential-information",
        "personal-details",
        "offensive-content",
        "personal-attack",
        "professional-boundaries",
        "spam",
        "clinical-advice",
    }
