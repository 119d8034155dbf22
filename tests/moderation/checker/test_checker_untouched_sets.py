"""The checker against the fourth session's untouched sets, written by people who never read
the checker and kept outside the repository, unread by anyone, until the checker was final:
41 (110 cases, dev.jsonl's proportions), 42 (110, long reflective posts with the concern
mid-post), 43 (110, the concerns other than safeguarding, told indirectly, with near
misses) and 44 (110, lived-experience and carers' voices in everyday writing).

Scored in aggregate (nobody looked at a case) against the checker as the session found it
(87ed09b) and once against the final checker (README "Where it stands: the fourth session"):
decisions 379 -> 385 of 440 (86.1 % -> 87.5 %), risks held 57 -> 58 of 59, returns 51 -> 52
of 56, false safeguarding holds 21 -> 11. They are NOT training data and nothing was tuned on
them. The next session should score them once, untouched, before changing anything, and
only then read them; the bars are the level measured, so a change that loses any of it shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from checker_scoring import assert_the_set_bar, assert_well_formed

HERE = Path(__file__).resolve().parent

# (file, minimum decision accuracy, safeguarding cases allowed to be missed, return cases
# allowed to be held or published): the final checker's scores when first run.
BARS = [
    ("blind_cases_41.jsonl", 0.909, 0, 0),
    ("blind_cases_42.jsonl", 0.872, 0, 1),
    ("blind_cases_43.jsonl", 0.845, 0, 2),
    ("blind_cases_44.jsonl", 0.872, 1, 1),
]


@pytest.mark.parametrize(("name", "minimum", "safeguarding_missed", "returns_missed"), BARS)
def test_it_holds_its_level_on_the_untouched_sets(
    name: str,
    minimum: float,
    safeguarding_missed: int,
    returns_missed: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert_the_set_bar(HERE / name, minimum, safeguarding_missed, returns_missed, capsys)


@pytest.mark.parametrize("name", [bar[0] for bar in BARS])
def test_every_case_is_well_formed(name: str) -> None:
    assert_well_formed(HERE / name)


def test_the_untouched_sets_are_not_training_data() -> None:
    from moderation.checker.risk_model_training import SETS

    trained = {path.name for _, path in SETS}
    assert not trained & {name for name, *_ in BARS}
