"""What the check found, ready to show: each finding explained and marked in the text.

The same ``Feedback`` is shown to the author after a check or a submission, returned by the
live-check endpoint and shown to moderators on the review page, so everyone sees the same
findings in the same words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from moderation.concerns import concern_label
from moderation.principles import principle_title, principle_url


@dataclass(frozen=True)
class FindingView:
    """One finding, numbered, with its principle's title and link."""

    number: int
    concern: str
    concern_label: str
    principle: str
    principle_title: str
    principle_url: str
    field: str
    field_label: str
    start: int
    end: int
    excerpt: str
    message: str
    suggestion: str | None
    action: str
    anchor: str
    located: bool

    @property
    def returns(self) -> bool:
        return self.action == "return"


@dataclass(frozen=True)
class NoteView:
    """Advice that never changes the decision."""

    principle: str
    principle_title: str
    principle_url: str
    field: str
    excerpt: str
    message: str
    suggestion: str | None


@dataclass(frozen=True)
class FieldView:
    """One checked field, with the findings marked in it."""

    name: str
    label: str
    html: SafeString
    finding_count: int


@dataclass
class Feedback:
    """Everything the author (or a moderator) needs to see about one check."""

    decision: str
    findings: list[FindingView] = field(default_factory=list)
    notes: list[NoteView] = field(default_factory=list)
    fields: list[FieldView] = field(default_factory=list)
    suggested_content_warning: str | None = None
    shows_crisis_contacts: bool = False
    #: Starts every id in the rendered panel, so two panels on one page never clash.
    anchor_prefix: str = "finding"

    @property
    def concerns(self) -> list[str]:
        seen: list[str] = []
        for finding in self.findings:
            if finding.concern not in seen:
                seen.append(finding.concern)
        return seen

    @property
    def is_safeguarding(self) -> bool:
        return "safeguarding" in self.concerns

    @property
    def fields_with_findings(self) -> list[FieldView]:
        return [view for view in self.fields if view.finding_count]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form for the live check (marked HTML is left to the template)."""
        return {
            "decision": self.decision,
            "concerns": self.concerns,
            "findings": [
                {key: value for key, value in asdict(finding).items() if key != "located"}
                for finding in self.findings
            ],
            "notes": [asdict(note) for note in self.notes],
            "suggested_content_warning": self.suggested_content_warning,
            "shows_crisis_contacts": self.shows_crisis_contacts,
        }


def finding_record(finding: Any) -> dict[str, Any]:
    """A checker finding as stored on a case: the contract's fields plus action and rule."""
    data = dict(finding.to_dict())
    data["action"] = getattr(finding, "action", "hold")
    data["rule"] = getattr(finding, "rule", "")
    data.setdefault("suggestion", getattr(finding, "suggestion", None))
    return data


def note_record(note: Any) -> dict[str, Any]:
    return dict(note.to_dict())


def build_feedback(
    *,
    decision: str,
    findings: Iterable[Mapping[str, Any]],
    notes: Iterable[Mapping[str, Any]] = (),
    fields: Mapping[str, str],
    field_labels: Mapping[str, str] | None = None,
    suggested_content_warning: str | None = None,
    shows_crisis_contacts: bool = False,
    anchor_prefix: str = "finding",
) -> Feedback:
    """Number the findings, link their principles, and mark them in the fields' text."""
    labels = dict(field_labels or {})
    views: list[FindingView] = []
    for number, item in enumerate(findings, start=1):
        name = str(item.get("field", "body"))
        text = fields.get(name, "")
        start, end = int(item.get("start", 0)), int(item.get("end", 0))
        excerpt = str(item.get("excerpt", ""))
        # A span only means something if it still points at the words it was found in.
        located = 0 <= start < end <= len(text) and text[start:end] == excerpt
        slug = str(item.get("principle", ""))
        views.append(
            FindingView(
                number=number,
                concern=str(item.get("concern", "")),
                concern_label=concern_label(str(item.get("concern", ""))),
                principle=slug,
                principle_title=principle_title(slug),
                principle_url=principle_url(slug),
                field=name,
                field_label=labels.get(name, name.capitalize()),
                start=start,
                end=end,
                excerpt=excerpt,
                message=str(item.get("message", "")),
                suggestion=item.get("suggestion") or None,
                action=str(item.get("action", "hold")),
                anchor=f"{anchor_prefix}-{number}",
                located=located,
            )
        )
    note_views = [
        NoteView(
            principle=str(note.get("principle", "")),
            principle_title=principle_title(str(note.get("principle", ""))),
            principle_url=principle_url(str(note.get("principle", ""))),
            field=str(note.get("field", "body")),
            excerpt=_excerpt(fields, note),
            message=str(note.get("message", "")),
            suggestion=note.get("suggestion") or None,
        )
        for note in notes
    ]
    field_views = [
        FieldView(
            name=name,
            label=labels.get(name, name.capitalize()),
            html=highlight(text, [view for view in views if view.field == name and view.located]),
            finding_count=sum(1 for view in views if view.field == name),
        )
        for name, text in fields.items()
    ]
    return Feedback(
        decision=decision,
        findings=views,
        notes=note_views,
        fields=field_views,
        suggested_content_warning=suggested_content_warning or None,
        shows_crisis_contacts=shows_crisis_contacts,
        anchor_prefix=anchor_prefix,
    )


def _excerpt(fields: Mapping[str, str], note: Mapping[str, Any]) -> str:
    text = fields.get(str(note.get("field", "body")), "")
    start, end = int(note.get("start", 0)), int(note.get("end", 0))
    return text[start:end] if 0 <= start < end <= len(text) else ""


def highlight(text: str, findings: Iterable[FindingView]) -> SafeString:
    """The text, escaped, with each finding's span wrapped in <mark> and numbered.

    Line breaks become <br> so the text reads as the author wrote it. Where spans overlap
    the earlier one wins, so the marks never nest.
    """
    pieces: list[str] = []
    position = 0
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if finding.start < position:
            continue
        pieces.append(_plain(text[position : finding.start]))
        pieces.append(
            f'<mark class="finding-mark finding-{escape(finding.concern)}" '
            f'id="{escape(finding.anchor)}-text">{_plain(text[finding.start : finding.end])}'
            f'</mark><a class="finding-ref" href="#{escape(finding.anchor)}">'
            f'<span class="visually-hidden">finding </span>[{finding.number}]</a>'
        )
        position = finding.end
    pieces.append(_plain(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text above is escaped


def _plain(text: str) -> str:
    return escape(text).replace("\r\n", "\n").replace("\n", "<br>\n")
