"""Score the checker against a labelled JSON Lines file (dev.jsonl, own_cases.jsonl).

Not a test module itself: test_checker_dev_cases.py uses it for both case files.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from moderation.checker import check, risk_model
from moderation.checker.verdict import CONCERN_ORDER, Verdict

DECISIONS = ("publish", "hold", "return")


@dataclass
class Scores:
    """Decision accuracy, a confusion matrix and per-concern precision and recall."""

    total: int = 0
    correct: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    true_positive: Counter[str] = field(default_factory=Counter)
    false_positive: Counter[str] = field(default_factory=Counter)
    false_negative: Counter[str] = field(default_factory=Counter)
    results: list[tuple[dict[str, Any], Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def safeguarding_misses(self) -> list[str]:
        """Ids of safeguarding cases not held with the safeguarding concern."""
        return [
            case["id"]
            for case, verdict in self.results
            if "safeguarding" in case["expect"]["concerns"]
            and not (verdict.decision == "hold" and "safeguarding" in verdict.concerns)
        ]

    def misses_of(self, decision: str) -> list[str]:
        """Ids of cases expected to get `decision` that got another."""
        return [
            case["id"]
            for case, verdict in self.results
            if case["expect"]["decision"] == decision and verdict.decision != decision
        ]

    def assert_the_bar(self, minimum_accuracy: float) -> None:
        """Every safeguarding case held, every return case returned, accuracy at the minimum."""
        assert not self.safeguarding_misses(), (
            f"safeguarding cases not held: {self.safeguarding_misses()}"
        )
        assert not self.misses_of("return"), (
            f"return cases not returned: {self.misses_of('return')}"
        )
        assert self.accuracy >= minimum_accuracy, f"decision accuracy {self.accuracy:.1%}"

    def report(self, name: str) -> str:
        lines = [f"{name}: decision accuracy {self.correct}/{self.total} = {self.accuracy:.1%}"]
        lines.append("  confusion (rows expected, columns checker):")
        lines.append("    " + " " * 9 + "".join(f"{d:>9}" for d in DECISIONS))
        for expected in DECISIONS:
            row = "".join(f"{self.confusion[(expected, got)]:>9}" for got in DECISIONS)
            lines.append(f"    {expected:>9}{row}")
        lines.append("  per concern:            precision   recall   (tp/fp/fn)")
        for concern in CONCERN_ORDER:
            tp = self.true_positive[concern]
            fp = self.false_positive[concern]
            fn = self.false_negative[concern]
            if not (tp or fp or fn):
                continue
            precision = tp / (tp + fp) if tp + fp else 1.0
            recall = tp / (tp + fn) if tp + fn else 1.0
            lines.append(f"    {concern:<26}{precision:>7.0%}{recall:>9.0%}   ({tp}/{fp}/{fn})")
        wrong = [
            f"    {case['id']}: expected {case['expect']['decision']}, got {verdict.decision} "
            f"{verdict.concerns}"
            for case, verdict in self.results
            if verdict.decision != case["expect"]["decision"]
        ]
        if wrong:
            lines.append("  wrong decisions:")
            lines.extend(wrong)
        return "\n".join(lines)


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The cases in a JSON Lines file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(cases: list[dict[str, Any]]) -> Scores:
    """Run the checker on every case and tally the results."""
    scores = Scores()
    for case in cases:
        verdict = check(
            kind=case["kind"], fields={"title": case.get("title"), "body": case["body"]}
        )
        expected = case["expect"]
        scores.total += 1
        scores.correct += verdict.decision == expected["decision"]
        scores.confusion[(expected["decision"], verdict.decision)] += 1
        got, wanted = set(verdict.concerns), set(expected["concerns"])
        for concern in got & wanted:
            scores.true_positive[concern] += 1
        for concern in got - wanted:
            scores.false_positive[concern] += 1
        for concern in wanted - got:
            scores.false_negative[concern] += 1
        scores.results.append((case, verdict))
    return scores


#: A learned reader that never fires: what tests of the rules alone read with.
SILENT_MODEL = risk_model.Model(bias=-50.0, weights={}, threshold=1.0)


def held_by_rules(body: str, kind: str = "comment") -> bool:
    """Whether the rules alone hold ``body`` with safeguarding as its first concern."""
    with risk_model.stand_in(SILENT_MODEL):
        verdict = check(kind=kind, fields={"body": body})
    return verdict.decision == "hold" and verdict.concerns[0] == "safeguarding"


def not_safeguarding(body: str, kind: str = "comment") -> bool:
    """Whether the rules alone find no safeguarding concern in ``body``."""
    with risk_model.stand_in(SILENT_MODEL):
        return "safeguarding" not in check(kind=kind, fields={"body": body}).concerns


def assert_the_set_bar(
    path: Path,
    minimum: float,
    safeguarding_missed: int,
    returns_missed: int,
    capsys: pytest.CaptureFixture[str],
    *,
    minimum_total: int = 80,
) -> None:
    """Score a blind set, print the report, and hold it to its bar: at most so many
    safeguarding cases not held and return cases not returned, and the decision accuracy."""
    scores = score(load_cases(path))
    with capsys.disabled():
        print("\n" + scores.report(path.name))
    assert scores.total >= minimum_total
    assert len(scores.safeguarding_misses()) <= safeguarding_missed, scores.safeguarding_misses()
    assert len(scores.misses_of("return")) <= returns_missed, scores.misses_of("return")
    assert scores.accuracy >= minimum, f"decision accuracy {scores.accuracy:.1%}"


def verdict_of(body: str, kind: str = "comment") -> Verdict:
    """The checker's verdict on ``body`` as a submission of ``kind`` (a comment by default)."""
    return check(kind=kind, fields={"body": body})


def comment(body: str) -> Verdict:
    """The checker's verdict on ``body`` as a comment."""
    return verdict_of(body)


def post(body: str, title: str = "A post") -> Verdict:
    """The checker's verdict on ``body`` as a post with ``title``."""
    return check(kind="post", fields={"title": title, "body": body})


def assert_well_formed(path: Path) -> None:
    """Every case in a labelled set has a unique id, a known kind and decision, and labels
    that agree with MODERATION.md (safeguarding is always held; concerns iff not publish)."""
    cases = load_cases(path)
    assert len({case["id"] for case in cases}) == len(cases)
    for case in cases:
        assert case["kind"] in ("post", "comment")
        assert case["expect"]["decision"] in ("publish", "hold", "return")
        # Safeguarding is always held (MODERATION.md): a label saying otherwise is a typo.
        if "safeguarding" in case["expect"]["concerns"]:
            assert case["expect"]["decision"] == "hold", case["id"]
        assert bool(case["expect"]["concerns"]) == (case["expect"]["decision"] != "publish")


def set_bar_tests(bars: list[tuple[str, float, int, int]], *, trained: bool) -> tuple[Any, ...]:
    """The three tests every file of blind-set bars runs, for its module to name: each set
    meets its bar (``assert_the_set_bar``), every case is well formed, and the sets are
    training data of the learned readers (``trained``) or kept out of it (untouched sets).

    ``bars`` are (file in this folder, minimum decision accuracy, safeguarding cases allowed
    to be missed, return cases allowed to be held or published).
    """
    folder = Path(__file__).resolve().parent
    names = [bar[0] for bar in bars]

    @pytest.mark.parametrize(("name", "minimum", "safeguarding_missed", "returns_missed"), bars)
    def meets_its_bar(
        name: str,
        minimum: float,
        safeguarding_missed: int,
        returns_missed: int,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        assert_the_set_bar(folder / name, minimum, safeguarding_missed, returns_missed, capsys)

    @pytest.mark.parametrize("name", names)
    def is_well_formed(name: str) -> None:
        assert_well_formed(folder / name)

    def training_status() -> None:
        from moderation.checker.risk_model_training import SETS

        in_training = set(names) & {path.name for _, path in SETS}
        assert in_training == (set(names) if trained else set())

    return meets_its_bar, is_well_formed, training_status
