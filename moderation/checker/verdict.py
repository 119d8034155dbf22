"""The checker's result types and the rules that turn findings into a decision.

The shapes here are the contract in MODERATION.md: a decision (publish, hold or return),
the concerns behind it, and findings that point at a span of a named field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Action = Literal["hold", "return"]
Decision = Literal["publish", "hold", "return"]

#: Every concern the checker may raise, in the order they are listed to people.
#: Safeguarding comes first because a moderator must see it first.
CONCERN_ORDER: tuple[str, ...] = (
    "safeguarding",
    "identifiable-information",
    "confidential-information",
    "personal-details",
    "offensive-content",
    "personal-attack",
    "professional-boundaries",
    "clinical-advice",
    "spam",
)

#: The principle slug each concern cites unless a detector picks a more specific one.
DEFAULT_PRINCIPLE: dict[str, str] = {
    "safeguarding": "sam-imminent-risk",
    "identifiable-information": "hcpc-identify-service-user",
    "confidential-information": "nmc-confidential-info",
    "personal-details": "house-your-personal-details",
    "offensive-content": "hcpc-offensive-material",
    "personal-attack": "gmc-no-unsubstantiated-attacks",
    "professional-boundaries": "hcpc-professional-boundaries",
    "clinical-advice": "house-no-individual-clinical-advice",
    "spam": "house-no-advertising",
}


@dataclass(frozen=True, slots=True)
class WatchedTerm:
    """A word or phrase a moderator has asked the checker to watch for (set in the admin)."""

    term: str
    action: Action
    concern: str
    principle: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing in the text that needs a moderator, or that the author must change.

    ``start`` and ``end`` are character offsets into the named field, and ``excerpt`` is
    exactly ``field_text[start:end]``. ``rule`` names the detector that raised it, for the
    audit trail and for tests.
    """

    concern: str
    principle: str
    field: str
    start: int
    end: int
    excerpt: str
    message: str
    suggestion: str | None = None
    action: Action = "hold"
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The finding as the JSON object in MODERATION.md (plus ``suggestion`` when set)."""
        data: dict[str, Any] = {
            "concern": self.concern,
            "principle": self.principle,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
        }
        if self.suggestion:
            data["suggestion"] = self.suggestion
        return data


@dataclass(frozen=True, slots=True)
class Note:
    """Advice shown to the author that never changes the decision (e.g. gentler wording)."""

    principle: str
    field: str
    start: int
    end: int
    message: str
    suggestion: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The note as a JSON-ready dict."""
        data: dict[str, Any] = {
            "principle": self.principle,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "message": self.message,
        }
        if self.suggestion:
            data["suggestion"] = self.suggestion
        return data


@dataclass(slots=True)
class Verdict:
    """What the checker says about one submission's text."""

    decision: Decision
    findings: list[Finding] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    suggested_content_warning: str | None = None
    shows_crisis_contacts: bool = False

    @property
    def concerns(self) -> list[str]:
        """The findings' concerns, de-duplicated, safeguarding first."""
        present = {finding.concern for finding in self.findings}
        ordered = [concern for concern in CONCERN_ORDER if concern in present]
        # Moderators may watch terms under any concern string; keep unknown ones last.
        ordered.extend(sorted(present.difference(CONCERN_ORDER)))
        return ordered

    def to_dict(self, *, extras: bool = False) -> dict[str, Any]:
        """The verdict in the shape of the ``moderate`` command's output (without ``id``).

        With ``extras`` it also carries the advice-only notes, the suggested content warning
        and whether crisis contacts should be shown.
        """
        data: dict[str, Any] = {
            "decision": self.decision,
            "concerns": self.concerns,
            "findings": [finding.to_dict() for finding in self.findings],
        }
        if extras:
            data["notes"] = [note.to_dict() for note in self.notes]
            data["suggested_content_warning"] = self.suggested_content_warning
            data["shows_crisis_contacts"] = self.shows_crisis_contacts
        return data


def decide(findings: list[Finding]) -> Decision:
    """Apply MODERATION.md's decision rules to a list of findings.

    Safeguarding always holds (a person at risk must reach a moderator, never be bounced
    back); otherwise any hard identifier, slur or obvious spam returns; anything else holds.
    """
    if not findings:
        return "publish"
    if any(finding.concern == "safeguarding" for finding in findings):
        return "hold"
    if any(finding.action == "return" for finding in findings):
        return "return"
    return "hold"


def order_findings(findings: list[Finding]) -> list[Finding]:
    """Drop exact duplicates and overlapping repeats of one concern; sort for reading.

    Two detectors can notice the same words (a phone number that is also inside an
    address); the author should see it once, with the stronger action.
    """
    rank = {concern: index for index, concern in enumerate(CONCERN_ORDER)}
    by_strength = sorted(
        findings,
        key=lambda f: (f.action != "return", f.field, f.start, -(f.end - f.start)),
    )
    kept: list[Finding] = []
    for finding in by_strength:
        duplicate = any(
            other.concern == finding.concern
            and other.field == finding.field
            and other.start < finding.end
            and finding.start < other.end
            for other in kept
        )
        if not duplicate:
            kept.append(finding)
    kept.sort(key=lambda f: (rank.get(f.concern, len(rank)), f.field != "title", f.start))
    return kept


def finding_at(
    field_name: str,
    text: str,
    start: int,
    end: int,
    *,
    concern: str,
    message: str,
    principle: str | None = None,
    suggestion: str | None = None,
    action: Action = "hold",
    rule: str = "",
) -> Finding:
    """Build a Finding for ``text[start:end]``, trimming white space from the span."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Finding(
        concern=concern,
        principle=principle or DEFAULT_PRINCIPLE.get(concern, "house-think-before-you-post"),
        field=field_name,
        start=start,
        end=end,
        excerpt=text[start:end],
        message=message,
        suggestion=suggestion,
        action=action,
        rule=rule,
    )


def finding_from_message(
    field_name: str,
    text: str,
    start: int,
    end: int,
    *,
    concern: str,
    entry: dict[str, Any],
    action: Action = "hold",
    rule: str = "",
) -> Finding:
    """A Finding whose principle, message and suggestion come from a `[messages.*]` entry."""
    return finding_at(
        field_name,
        text,
        start,
        end,
        concern=concern,
        principle=entry["principle"],
        message=entry["message"],
        suggestion=entry.get("suggestion"),
        action=action,
        rule=rule,
    )
