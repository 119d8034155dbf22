"""The ``moderate`` command's I/O contract (MODERATION.md), without Django.

One JSON object a line in, one JSON line out per input line, in the same order::

    in:  {"id": "c1", "kind": "post", "title": "…", "body": "…"}
    out: {"id": "c1", "decision": "hold", "concerns": [...], "findings": [...]}

A line that can't be checked (bad JSON, not an object, wrong kind, no body) gets
``{"id": <id or null>, "error": "…"}`` and the run carries on. The run fails (non-zero)
only when the input itself can't be read.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from . import KINDS, check
from .verdict import WatchedTerm

EXIT_OK = 0
EXIT_UNREADABLE = 2


class SubmissionError(ValueError):
    """A line that is JSON but not a submission the checker can read."""


# An "id" member at the top of a line whose JSON is broken further on.
_ID_IN_BROKEN_LINE = re.compile(r'^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)\s*[,}]')


def _recover_id(data: Any, line: str = "") -> Any:
    """The submission's id when it can be told, else None."""
    if isinstance(data, dict):
        value = data.get("id")
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return value
        return None
    match = _ID_IN_BROKEN_LINE.match(line) if data is None else None
    if match:
        try:
            return json.loads(match.group(1))
        except ValueError:
            return None
    return None


def _fields(data: dict[str, Any]) -> tuple[str, dict[str, str]]:
    kind = data.get("kind")
    if kind not in KINDS:
        raise SubmissionError(f'"kind" must be one of {", ".join(KINDS)}')
    body = data.get("body")
    if not isinstance(body, str):
        raise SubmissionError('"body" must be a string')
    title = data.get("title")
    if title is not None and not isinstance(title, str):
        raise SubmissionError('"title" must be a string when present')
    fields = {"body": body}
    if title:
        fields = {"title": title, "body": body}
    return kind, fields


def moderate_line(line: str, watched_terms: Iterable[WatchedTerm] = ()) -> dict[str, Any]:
    """The output object for one input line (an error object when it can't be checked)."""
    data: Any = None
    try:
        data = json.loads(line)
        if not isinstance(data, dict):
            raise SubmissionError("each line must be a JSON object")
        kind, fields = _fields(data)
        verdict = check(kind=kind, fields=fields, watched_terms=watched_terms)
    except json.JSONDecodeError as error:
        return {
            "id": _recover_id(None, line),
            "error": f"not valid JSON: {error.msg} (column {error.colno})",
        }
    except SubmissionError as error:
        return {"id": _recover_id(data), "error": str(error)}
    except Exception as error:
        return {"id": _recover_id(data), "error": f"could not check: {error}"}
    result = {"id": _recover_id(data)}
    result.update(verdict.to_dict())
    return result


def run_jsonl(
    infile: TextIO | Iterable[str],
    outfile: TextIO,
    watched_terms: Iterable[WatchedTerm] = (),
) -> int:
    """Check every line of ``infile``, writing one JSON line per input line to ``outfile``.

    Returns the exit code: 0 when the input was read to the end (even if some lines were
    malformed), non-zero when it could not be read at all.
    """
    terms = tuple(watched_terms)
    try:
        for raw in infile:
            line = raw.rstrip("\r\n")
            if not line.strip():
                result: dict[str, Any] = {"id": None, "error": "empty line"}
            else:
                result = moderate_line(line, terms)
            outfile.write(json.dumps(result, ensure_ascii=False) + "\n")
            outfile.flush()
    except (OSError, UnicodeDecodeError) as error:
        print(f"moderate: can't read input: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    return EXIT_OK
