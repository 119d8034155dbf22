"""`manage.py moderate [FILE]`: check submissions in JSON Lines, one verdict a line.

The contract is MODERATION.md: read FILE (or standard input when FILE is "-" or absent),
write one JSON line per input line in the same order, give a malformed line an "error" line
and carry on, and exit non-zero only when the input cannot be read at all. Moderators'
active watched terms are included when the database has them; none are needed.
"""

from __future__ import annotations

import sys
from typing import Any, TextIO

from django.core.management.base import BaseCommand, CommandError, OutputWrapper
from django.db import DatabaseError


class _RawWriter:
    """Writes exactly what it is given (Django's OutputWrapper would add line endings)."""

    def __init__(self, wrapper: OutputWrapper) -> None:
        self._wrapper = wrapper

    def write(self, text: str) -> int:
        self._wrapper.write(text, ending="")
        return len(text)

    def flush(self) -> None:
        self._wrapper.flush()


class Command(BaseCommand):
    help = (
        "Check submissions given as JSON Lines in FILE (or standard input) and print one "
        "verdict a line, as described in MODERATION.md."
    )
    # Lets tests and callers hand in their own standard input: call_command(..., stdin=...).
    stealth_options = ("stdin",)

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "file",
            nargs="?",
            default="-",
            help='A JSON Lines file; "-" or nothing reads standard input.',
        )

    def handle(self, *args: Any, **options: Any) -> None:
        from moderation.checker.jsonl import EXIT_UNREADABLE, run_jsonl

        path = options["file"]
        terms = _watched_terms()
        if path == "-":
            stdin: TextIO = options.get("stdin") or sys.stdin
            code = run_jsonl(stdin, _RawWriter(self.stdout), watched_terms=terms)
        else:
            try:
                # Undecodable bytes become U+FFFD so that one bad line cannot stop the run.
                infile = open(path, encoding="utf-8", errors="replace")  # noqa: SIM115
            except OSError as error:
                # The same exit code as input that fails part-way (run_jsonl's).
                raise CommandError(
                    f"Can't read {path}: {error.strerror or error}", returncode=EXIT_UNREADABLE
                ) from error
            with infile:
                code = run_jsonl(infile, _RawWriter(self.stdout), watched_terms=terms)
        if code:
            # manage.py exits with this code (run_jsonl's), not Django's generic 1.
            raise CommandError("The input could not be read to the end.", returncode=code)


def _watched_terms() -> list[Any]:
    # The command must work on a bare database too (or none at all): terms are a bonus.
    from moderation.models import WatchedTerm

    try:
        return WatchedTerm.objects.for_checker()
    except DatabaseError:
        return []
