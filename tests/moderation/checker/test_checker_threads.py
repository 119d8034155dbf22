"""Checks running at once in threads of one process (gunicorn's threaded workers) give the
same verdicts as checks run one after another: no check reads another's per-check state."""

from __future__ import annotations

import json
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from moderation.checker import check

CASES = Path(__file__).resolve().parent / "own_cases.jsonl"


def _verdict(case: dict) -> str:
    verdict = check(kind=case["kind"], fields={"title": case.get("title"), "body": case["body"]})
    return json.dumps(verdict.to_dict(extras=True), sort_keys=True, default=str)


def test_checks_in_parallel_threads_agree_with_checks_one_at_a_time():
    with CASES.open(encoding="utf-8") as handle:
        cases = [json.loads(line) for line in handle if line.strip()][:160]
    one_at_a_time = [_verdict(case) for case in cases]
    # Eight threads, each case checked twice in an interleaved order, so that threads keep
    # switching between texts with different words while the patterns' gates are decided.
    work = cases + cases[::-1]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            together = list(pool.map(_verdict, work))
    finally:
        sys.setswitchinterval(interval)
    assert together[: len(cases)] == one_at_a_time
    assert together[len(cases) :] == one_at_a_time[::-1]
