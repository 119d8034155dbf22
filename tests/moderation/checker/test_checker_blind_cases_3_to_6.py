"""The checker against blind sets 3 to 6: 480 cases written by people who never read the
checker. Sets 3-5 are split into a tune half and a held-out half (field "split"); set 6
(80 cases) was written at the end of the second session and scored once untouched (87.5 %,
safeguarding 17 of 22).

The held-out halves were scored once, untouched, after all the tuning on the tune halves
(moderation/checker/README.md, "Blind sets 3 to 5"): decision accuracy 85.6 %, 78.3 % and
72.0 %, safeguarding recall 78 %, 59 % and 52 %. In the third session set 6 joined the
learned reader's training sets and the rules were tuned on it, like the others; the
untouched sets of that session are kept outside the repository until they are scored. So
the scores printed below are no longer estimates of unseen writing; the bars are the level
reached less a margin, to catch regressions.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from checker_scoring import assert_the_set_bar, load_cases

HERE = Path(__file__).resolve().parent

# (file, minimum decision accuracy, safeguarding cases allowed to be missed, return cases
# allowed to be held). Set 3's held return cases include b3a-067, whose label calls
# "nutters and loonies" a slur while b3b-067 calls "nutters" demeaning language (held).
BARS = [
    ("blind_cases_3.jsonl", 0.93, 0, 4),
    ("blind_cases_4.jsonl", 0.93, 0, 0),
    ("blind_cases_5.jsonl", 0.92, 1, 0),
    ("blind_cases_6.jsonl", 0.9, 1, 0),
]


@pytest.mark.parametrize(("name", "minimum", "safeguarding_missed", "returns_held"), BARS)
def test_it_meets_the_bar_on_blind_sets_3_to_6(
    name: str,
    minimum: float,
    safeguarding_missed: int,
    returns_held: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert_the_set_bar(HERE / name, minimum, safeguarding_missed, returns_held, capsys)


@pytest.mark.parametrize("name", [bar[0] for bar in BARS])
def test_every_case_says_which_half_it_belongs_to(name: str) -> None:
    cases = load_cases(HERE / name)
    assert {case["split"] for case in cases} <= {"tune", "held-out"}
    assert "held-out" in {case["split"] for case in cases}
    assert len({case["id"] for case in cases}) == len(cases)
