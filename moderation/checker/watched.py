"""Moderators' watched terms: words or phrases added in the admin, without a deploy."""

from __future__ import annotations

import re
from functools import lru_cache

from .context import Document
from .verdict import Finding, WatchedTerm, finding_at


@lru_cache(maxsize=1024)
def term_regex(term: str) -> re.Pattern[str] | None:
    """A case-insensitive, whole-word regex for a watched term (None for a blank term)."""
    words = term.split()
    if not words:
        return None
    body = r"\s+".join(re.escape(word) for word in words)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def detect(doc: Document, terms: tuple[WatchedTerm, ...]) -> list[Finding]:
    """One finding per occurrence of each watched term, with the moderator's action."""
    findings: list[Finding] = []
    for term in terms:
        pattern = term_regex(term.term)
        if pattern is None:
            continue
        action = "return" if term.action == "return" else "hold"
        for ft in doc.fields:
            for match in pattern.finditer(ft.text):
                findings.append(
                    finding_at(
                        ft.name,
                        ft.text,
                        match.start(),
                        match.end(),
                        concern=term.concern,
                        principle=term.principle,
                        message=(
                            f"The moderators have asked to review posts that use "
                            f"\u201c{term.term}\u201d. A moderator will take a look."
                            if action == "hold"
                            else f"\u201c{term.term}\u201d isn't allowed on Common Room. "
                            "Please take it out and submit again."
                        ),
                        suggestion=f"Remove or reword \u201c{match.group()}\u201d.",
                        action=action,
                        rule="watched-term",
                    )
                )
    return findings
