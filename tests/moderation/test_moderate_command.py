"""`manage.py moderate` reads JSON Lines and writes one verdict a line (MODERATION.md)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from moderation.checker.jsonl import EXIT_UNREADABLE
from moderation.models import WatchedTerm
from tests.moderation.conftest import CLEAN_TEXT, IDENTIFIER_TEXT, NHS_NUMBER

REPO = Path(__file__).resolve().parents[2]
CONCERNS = {
    "identifiable-information",
    "confidential-information",
    "personal-details",
    "offensive-content",
    "personal-attack",
    "professional-boundaries",
    "safeguarding",
    "spam",
    "clinical-advice",
}

LINES = [
    {"id": "clean", "kind": "post", "title": "A long week", "body": CLEAN_TEXT},
    {"id": "nhs", "kind": "comment", "body": IDENTIFIER_TEXT},
]


def jsonl(rows: list[dict], extra: str = "") -> str:
    return "".join(json.dumps(row) + "\n" for row in rows) + extra


def run(*args: str, stdin: str | None = None) -> list[dict]:
    out = io.StringIO()
    options = {"stdout": out}
    if stdin is not None:
        options["stdin"] = io.StringIO(stdin)
    call_command("moderate", *args, **options)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def assert_matches_contract(result: dict, source: dict) -> None:
    assert result["id"] == source["id"]
    assert result["decision"] in {"publish", "hold", "return"}
    assert set(result["concerns"]) <= CONCERNS
    for finding in result["findings"]:
        assert {"concern", "principle", "field", "start", "end", "excerpt", "message"} <= set(
            finding
        )
        text = source[finding["field"]]
        assert text[finding["start"] : finding["end"]] == finding["excerpt"]
        assert finding["concern"] in result["concerns"]


@pytest.mark.django_db
def test_it_reads_a_file_and_writes_one_verdict_a_line_in_order(tmp_path):
    path = tmp_path / "cases.jsonl"
    path.write_text(jsonl(LINES), encoding="utf-8")
    results = run(str(path))
    assert [r["id"] for r in results] == ["clean", "nhs"]
    for result, source in zip(results, LINES, strict=True):
        assert_matches_contract(result, source)
    assert results[0]["decision"] == "publish"
    assert results[1]["decision"] == "return"
    assert "identifiable-information" in results[1]["concerns"]
    assert any(f["excerpt"] == NHS_NUMBER for f in results[1]["findings"])


@pytest.mark.django_db
@pytest.mark.parametrize("args", [(), ("-",)], ids=["no-file", "dash"])
def test_it_reads_standard_input_when_given_no_file_or_a_dash(args):
    results = run(*args, stdin=jsonl(LINES))
    assert [r["id"] for r in results] == ["clean", "nhs"]
    assert [r["decision"] for r in results] == ["publish", "return"]


@pytest.mark.django_db
def test_a_malformed_line_gets_an_error_line_and_the_run_carries_on():
    results = run(stdin=jsonl(LINES[:1]) + "{not json\n" + jsonl(LINES[1:]))
    assert len(results) == 3
    assert "error" in results[1]
    assert results[2]["id"] == "nhs"


@pytest.mark.django_db
def test_a_file_that_cannot_be_read_is_an_error(tmp_path):
    with pytest.raises(CommandError) as failure:
        run(str(tmp_path / "missing.jsonl"))
    assert failure.value.returncode == EXIT_UNREADABLE


@pytest.mark.django_db
def test_it_includes_the_moderators_watched_terms():
    WatchedTerm.objects.create(term="wibblecoin", action="return", concern="spam")
    results = run(stdin=jsonl([{"id": "w", "kind": "post", "body": "Buy wibblecoin today."}]))
    assert results[0]["decision"] == "return"
    assert results[0]["concerns"] == ["spam"]


def test_from_a_shell_it_exits_zero_on_bad_lines_and_non_zero_on_a_missing_file(tmp_path):
    manage = [sys.executable, str(REPO / "manage.py"), "moderate"]
    env = {"DEBUG": "1", "PATH": "/usr/bin:/bin", "DATABASE_URL": f"sqlite:///{tmp_path}/x.db"}
    ok = subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        manage,
        input=jsonl(LINES) + "nonsense\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    lines = [json.loads(line) for line in ok.stdout.splitlines()]
    assert [line.get("id") for line in lines[:2]] == ["clean", "nhs"]
    assert "error" in lines[2]
    missing = subprocess.run(  # noqa: S603
        [*manage, str(tmp_path / "nope.jsonl")],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert missing.returncode != 0
    assert "nope.jsonl" in missing.stderr


class UnreadableInput(io.StringIO):
    def __iter__(self):
        raise OSError("the pipe broke")


@pytest.mark.django_db
def test_standard_input_that_cannot_be_read_is_a_non_zero_exit():
    with pytest.raises(CommandError) as failure:
        call_command("moderate", stdin=UnreadableInput(), stdout=io.StringIO())
    assert failure.value.returncode == EXIT_UNREADABLE


class BreaksPartWay(io.StringIO):
    """Two good lines, then the input fails (a dropped network mount, a closed pipe)."""

    def __iter__(self):
        yield from jsonl(LINES[:2]).splitlines(keepends=True)
        raise OSError("the input went away")


@pytest.mark.django_db
def test_input_that_fails_part_way_keeps_the_verdicts_so_far_and_exits_with_run_jsonls_code():
    out = io.StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("moderate", stdin=BreaksPartWay(), stdout=out)
    assert failure.value.returncode == EXIT_UNREADABLE
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["clean", "nhs"]


def test_from_a_shell_the_exit_code_is_run_jsonls_when_the_input_is_a_directory(tmp_path):
    result = subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, str(REPO / "manage.py"), "moderate", str(tmp_path)],
        capture_output=True,
        text=True,
        env={"DEBUG": "1", "PATH": "/usr/bin:/bin", "DATABASE_URL": f"sqlite:///{tmp_path}/x.db"},
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert result.returncode == EXIT_UNREADABLE, result.stderr
