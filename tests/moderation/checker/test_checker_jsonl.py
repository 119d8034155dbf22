"""The moderate command's I/O contract (MODERATION.md), exercised without Django."""

from __future__ import annotations

import io
import json

from moderation.checker import WatchedTerm
from moderation.checker.jsonl import run_jsonl


def run(lines: list[str], **kwargs) -> tuple[int, list[dict]]:
    out = io.StringIO()
    code = run_jsonl(io.StringIO("".join(line + "\n" for line in lines)), out, **kwargs)
    return code, [json.loads(line) for line in out.getvalue().splitlines()]


def test_it_writes_one_line_per_input_line_in_order() -> None:
    code, results = run(
        [
            json.dumps({"id": "a", "kind": "post", "title": "Hi", "body": "A calm week."}),
            json.dumps({"id": "b", "kind": "comment", "body": "I cut myself again last night."}),
            json.dumps({"id": 3, "kind": "comment", "body": "His NHS no. is 943 476 5919."}),
        ]
    )
    assert code == 0
    assert [r["id"] for r in results] == ["a", "b", 3]
    assert [r["decision"] for r in results] == ["publish", "hold", "return"]
    assert results[1]["concerns"] == ["safeguarding"]
    finding = results[2]["findings"][0]
    assert set(finding) >= {"concern", "principle", "field", "start", "end", "excerpt", "message"}
    body = "His NHS no. is 943 476 5919."
    assert body[finding["start"] : finding["end"]] == finding["excerpt"]


def test_a_malformed_line_gets_an_error_and_the_run_carries_on() -> None:
    code, results = run(
        [
            "not json",
            '{"id": "c9", "kind": "post", "body": "unterminated',
            json.dumps({"id": "k", "kind": "page", "body": "x"}),
            json.dumps({"id": "n", "kind": "post"}),
            "[1, 2]",
            "",
            json.dumps({"id": "ok", "kind": "comment", "body": "Thanks!"}),
        ]
    )
    assert code == 0
    assert len(results) == 7
    assert results[0] == {"id": None, "error": results[0]["error"]}
    assert results[1]["id"] == "c9" and "error" in results[1]
    assert results[2]["id"] == "k" and "kind" in results[2]["error"]
    assert results[3]["id"] == "n" and "body" in results[3]["error"]
    assert results[4]["id"] is None and "error" in results[4]
    assert "error" in results[5]
    assert results[6] == {"id": "ok", "decision": "publish", "concerns": [], "findings": []}


def test_title_may_be_absent_or_null() -> None:
    _, results = run([json.dumps({"id": "t", "kind": "post", "title": None, "body": "Fine."})])
    assert results[0]["decision"] == "publish"


def test_watched_terms_are_applied() -> None:
    term = WatchedTerm("bluebell ward", "hold", "confidential-information", "nmc-confidential-info")
    _, results = run(
        [json.dumps({"id": "w", "kind": "comment", "body": "News from Bluebell Ward."})],
        watched_terms=[term],
    )
    assert results[0]["decision"] == "hold"


def test_unreadable_input_exits_non_zero() -> None:
    class Broken(io.StringIO):
        def __iter__(self):
            raise OSError("disk on fire")

    assert run_jsonl(Broken(), io.StringIO()) != 0
