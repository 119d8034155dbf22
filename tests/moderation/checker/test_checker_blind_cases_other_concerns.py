"""Blind sets 6, 7 and 10 on every concern but safeguarding: a regression guard.

Scored untouched (checker at d1043b0), 33 cases had a non-safeguarding concern or decision
wrong (set 6: 5, set 7: 12, set 10: 16). They were read and fixed by mechanism
(moderation/checker/README.md, "Blind sets 6, 7 and 10: everything but safeguarding"), so
what is checked here is tuned, not an estimate of unseen writing. Safeguarding is left to
its own tests: a case's safeguarding concern is ignored, and so is its decision whenever
safeguarding is expected or found (a safeguarding hold outranks a return).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from checker_scoring import load_cases, score

HERE = Path(__file__).resolve().parent
SETS = [
    "blind_cases_6.jsonl",
    "blind_cases_7.jsonl",
    "blind_cases_10.jsonl",
    # Tuned on in the same way later (README, "Blind sets 14, 17, 21 and 24").
    "blind_cases_14.jsonl",
    "blind_cases_17.jsonl",
    "blind_cases_21.jsonl",
    "blind_cases_24.jsonl",
]


def _wrong(name: str) -> list[str]:
    wrong = []
    for case, verdict in score(load_cases(HERE / name)).results:
        wanted = set(case["expect"]["concerns"])
        got = set(verdict.concerns)
        if wanted - {"safeguarding"} != got - {"safeguarding"}:
            wrong.append(f"{case['id']}: {sorted(wanted)} != {sorted(got)}")
        elif "safeguarding" not in wanted | got and verdict.decision != case["expect"]["decision"]:
            wrong.append(f"{case['id']}: {case['expect']['decision']} != {verdict.decision}")
    return wrong


@pytest.mark.parametrize("name", SETS)
def test_every_concern_but_safeguarding_is_read_as_labelled(name: str) -> None:
    assert _wrong(name) == []
