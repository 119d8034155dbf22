"""Verbs for moderation writes that span models and have side effects.

State changes themselves are model methods (``Case.approve`` and friends); the functions
here put the pieces together — run the checker, open a case, move the content, log, notify —
so that views, commands and tests all do it the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from moderation.concerns import ordered_concerns
from moderation.feedback import Feedback, build_feedback, finding_record, note_record
from moderation.models import (
    CHECKER,
    AuditAction,
    AuditEntry,
    Case,
    CaseState,
    CheckerDecision,
    Origin,
    Report,
    WatchedTerm,
)
from moderation.registry import SUBMITTABLE, ContentState, adapter_for
from moderation.trust import needs_review

_STATE_FOR_DECISION = {
    CheckerDecision.PUBLISH: (CaseState.PUBLISHED, ContentState.PUBLISHED, AuditAction.PUBLISHED),
    CheckerDecision.HOLD: (CaseState.PENDING, ContentState.PENDING, AuditAction.HELD),
    CheckerDecision.RETURN: (
        CaseState.RETURNED,
        ContentState.RETURNED,
        AuditAction.CHECKER_RETURNED,
    ),
}


@dataclass
class SubmitResult:
    """What became of a submission, for the view to tell the author."""

    case: Case
    decision: str
    state: ContentState
    feedback: Feedback
    message: str

    @property
    def is_safeguarding(self) -> bool:
        return self.case.is_safeguarding


def run_check(kind: str, fields: dict[str, str]) -> Any:
    """The checker's verdict on these fields, with the moderators' active watched terms."""
    from moderation.checker import check

    return check(kind=kind, fields=fields, watched_terms=WatchedTerm.objects.for_checker())


def check_draft(kind: str, fields: dict[str, str], *, field_labels: dict | None = None) -> Feedback:
    """Check words that have not been submitted: the same engine and messages as submitting."""
    verdict = run_check(kind, fields)
    return build_feedback(
        decision=verdict.decision,
        findings=[finding_record(f) for f in verdict.findings],
        notes=[note_record(n) for n in verdict.notes],
        fields=fields,
        field_labels=field_labels,
        suggested_content_warning=verdict.suggested_content_warning,
        shows_crisis_contacts=verdict.shows_crisis_contacts,
        anchor_prefix="draft-finding",
    )


def submit(content: Any) -> SubmitResult:
    """Check a saved piece of content and send it where the verdict says.

    ``publish`` goes live; ``hold`` waits for a moderator (safeguarding first in the queue);
    ``return`` goes back to the author with nothing public. A member whose contributions
    still need review is held even when the text is clean, and so is an item that readers
    have reported and not yet had reviewed, so editing cannot slip past a report.
    """
    adapter = adapter_for(content)
    author = adapter.author(content)
    fields = adapter.fields(content)
    verdict = run_check(adapter.kind, fields)
    findings = [finding_record(f) for f in verdict.findings]
    concerns = ordered_concerns(f["concern"] for f in findings)
    is_safeguarding = "safeguarding" in concerns

    decision = CheckerDecision(verdict.decision)
    if is_safeguarding:
        decision = CheckerDecision.HOLD  # never bounced back: a person may be at risk
    open_reports = Report.objects.for_content(content).open()
    held_for_trust = False
    if decision == CheckerDecision.PUBLISH and needs_review(author):
        decision, held_for_trust = CheckerDecision.HOLD, True
    reported = decision == CheckerDecision.PUBLISH and open_reports.exists()
    if reported:
        decision = CheckerDecision.HOLD
    case_state, content_state, action = _STATE_FOR_DECISION[decision]

    now = timezone.now()
    with transaction.atomic():
        for earlier in Case.objects.for_content(content).pending():
            earlier.close(reason="The author sent a newer version.")
        case = Case.objects.create(
            content=content,
            kind=adapter.kind,
            label=adapter.label(content)[:200],
            author=author,
            origin=Origin.SUBMISSION,
            checker_decision=verdict.decision,
            findings=findings,
            notes=[note_record(n) for n in verdict.notes],
            snapshot=fields,
            suggested_content_warning=(verdict.suggested_content_warning or "")[:120],
            shows_crisis_contacts=bool(verdict.shows_crisis_contacts) or is_safeguarding,
            held_for_trust=held_for_trust,
            is_safeguarding=is_safeguarding,
            state=case_state,
            decided_at=None if case_state == CaseState.PENDING else now,
            created_at=now,
        )
        case.set_concerns(concerns + [report.reason for report in open_reports])
        adapter.move(content, content_state, allowed_from=SUBMITTABLE)
        open_reports.update(case=case)
        AuditEntry.record(
            action,
            actor_label=CHECKER,
            case=case,
            principles=[f["principle"] for f in findings],
            note=_audit_note(decision, concerns, held_for_trust, reported),
            detail={"rules": [f["rule"] for f in findings if f.get("rule")]},
        )

    feedback = build_feedback(
        decision=decision,
        findings=findings,
        notes=case.notes,
        fields=fields,
        field_labels=adapter.field_labels,
        suggested_content_warning=verdict.suggested_content_warning,
        shows_crisis_contacts=case.shows_crisis_contacts,
    )
    return SubmitResult(
        case=case,
        decision=decision,
        state=content_state,
        feedback=feedback,
        message=author_message(case, adapter.kind),
    )


def withdraw(content: Any) -> None:
    """Take an item waiting for a moderator back to the author's drafts."""
    adapter = adapter_for(content)
    with transaction.atomic():
        for case in Case.objects.for_content(content).pending():
            case.close(reason="The author took it back to work on it.")
        adapter.move(content, ContentState.DRAFT, allowed_from={ContentState.PENDING})


def author_message(case: Case, kind: str) -> str:
    """One sentence or two telling the author what happened, in plain words."""
    if case.state == CaseState.PUBLISHED:
        return f"Your {kind} is published."
    if case.state == CaseState.RETURNED:
        return (
            f"Your {kind} hasn't been published yet. Please change the highlighted parts and "
            "submit it again. Nothing you wrote has been lost."
        )
    if case.is_safeguarding:
        return (
            f"Thank you for writing this. A moderator will read your {kind} soon. If you "
            "need to talk to someone now, the services below are free and there day and night."
        )
    if case.held_for_trust and not case.findings:
        return (
            f"Thank you. Because your account is new, a moderator reads your first "
            f"contributions before they go live. We'll e-mail you when your {kind} is decided."
        )
    return (
        f"Your {kind} is waiting for a moderator. We've said below what the check noticed "
        "and why. We'll e-mail you when it's decided."
    )


def _audit_note(decision: str, concerns: list[str], for_trust: bool, reported: bool) -> str:
    if for_trust:
        return "Held because the author's account is new."
    if reported:
        return "Held because readers' reports on it are still open."
    if concerns:
        return f"{CheckerDecision(decision).label}: {', '.join(concerns)}."
    return "No findings."
