"""Verbs for moderation writes that span models and have side effects.

State changes themselves are model methods (``Case.approve`` and friends); the functions
here put the pieces together — run the checker, open a case, move the content, log, notify —
so that views, commands and tests all do it the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from accounts.permissions import is_moderator
from moderation import notifications
from moderation.access import can_report
from moderation.concerns import Concern, concern_label, ordered_concerns
from moderation.feedback import Feedback, build_feedback, finding_record, note_record
from moderation.models import (
    CHECKER,
    Appeal,
    AuditAction,
    AuditEntry,
    Case,
    CaseState,
    CheckerDecision,
    DecisionRefused,
    Origin,
    Report,
    WatchedTerm,
)
from moderation.registry import SUBMITTABLE, ContentState, adapter_for
from moderation.trust import needs_review, refresh_trust

logger = logging.getLogger(__name__)

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
    if is_safeguarding:
        _tell(notifications.alert_safeguarding_held, case)

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


# --- Moderators' decisions


def _tell(send: Callable[..., None], *args: Any) -> None:
    """Send a notification; a decision already recorded must stand even if e-mail fails."""
    try:
        send(*args)
    except Exception:  # a mail server's trouble is logged, never shown as a failed decision
        logger.exception("Moderation e-mail could not be sent (%s).", send.__name__)


def _after_decision(case: Case) -> None:
    _tell(notifications.notify_author_of_decision, case)
    _tell(notifications.notify_reporters, case)
    if case.state == CaseState.APPROVED:
        refresh_trust(case.author)


def approve(case: Case, *, by: Any, note: str = "", principles: Iterable[str] = ()) -> None:
    """Publish the item (or keep a reported item up), then tell the author and reporters."""
    case.approve(by=by, note=note, principles=principles)
    _after_decision(case)


def return_to_author(case: Case, *, by: Any, note: str, principles: Iterable[str]) -> None:
    """Send the item back to its author with a note citing the principles."""
    case.return_to_author(by=by, note=note, principles=principles)
    _after_decision(case)


def reject(case: Case, *, by: Any, note: str, principles: Iterable[str]) -> None:
    """Refuse the item for good (the author may appeal once)."""
    case.reject(by=by, note=note, principles=principles)
    _after_decision(case)


def approve_with_edits(
    case: Case, *, by: Any, fields: dict[str, str], note: str, principles: Iterable[str] = ()
) -> None:
    """Redact the item, publish it, and tell the author what was changed and why."""
    case.approve_with_edits(by=by, fields=fields, note=note, principles=principles)
    _after_decision(case)


def escalate(case: Case, *, by: Any, to: Any, note: str) -> None:
    """Hand the decision to another moderator, who is told by e-mail."""
    case.escalate(by=by, to=to, note=note)
    _tell(notifications.notify_escalation, case)


# --- Reader reports


class AlreadyReported(DecisionRefused):
    """A member tried to report the same item twice."""


def report(item: Any, *, reporter: Any, reason: str, detail: str = "") -> Report:
    """Record a member's report; enough distinct reporters (or one moderator) hide the item.

    The report joins the item's open case, or opens one with the checker's findings on the
    words as they are now, so moderators see the text marked up as for any submission.
    """
    if not can_report(reporter, item):
        raise DecisionRefused("Only signed-in members can report something they didn't write.")
    if reason not in Concern.values:
        raise DecisionRefused("Choose a reason from the list.")
    if Report.objects.for_content(item).filter(reporter=reporter).exists():
        raise AlreadyReported("You have already reported this. Thank you: a moderator will look.")
    adapter = adapter_for(item)
    safeguarding = reason == Concern.SAFEGUARDING
    newly_safeguarding = False
    with transaction.atomic():
        case = Case.objects.for_content(item).pending().select_for_update().first()
        if case is None:
            case = _open_report_case(item, adapter)
            newly_safeguarding = case.is_safeguarding or safeguarding
        if safeguarding and not case.is_safeguarding:
            Case.objects.filter(pk=case.pk).update(is_safeguarding=True, version=F("version") + 1)
            newly_safeguarding = True
        case.set_concerns([reason])
        try:
            with transaction.atomic():
                filed = Report.objects.create(
                    content=item, case=case, reporter=reporter, reason=reason, detail=detail
                )
        except IntegrityError as error:  # a double click racing itself
            raise AlreadyReported("You have already reported this.") from error
        AuditEntry.record(
            AuditAction.REPORTED,
            actor=reporter,
            # Readers' names stay off the log; moderators see who reported on the case itself.
            actor_label="a reader",
            case=case,
            note=concern_label(reason),
            detail={"reason": reason},
        )
        reporters = Report.objects.for_content(item).open().values("reporter").distinct().count()
        case.refresh_from_db()
        if is_moderator(reporter):
            case.hide_for_reports(by=reporter)
        elif reporters >= settings.MODERATION_REPORT_THRESHOLD:
            case.hide_for_reports()
    if newly_safeguarding:
        _tell(notifications.alert_safeguarding_held, case)
    return filed


def _open_report_case(item: Any, adapter: Any) -> Case:
    fields = adapter.fields(item)
    verdict = run_check(adapter.kind, fields)
    findings = [finding_record(f) for f in verdict.findings]
    concerns = ordered_concerns(f["concern"] for f in findings)
    case = Case.objects.create(
        content=item,
        kind=adapter.kind,
        label=adapter.label(item)[:200],
        author=adapter.author(item),
        origin=Origin.REPORT,
        checker_decision=verdict.decision,
        findings=findings,
        notes=[note_record(n) for n in verdict.notes],
        snapshot=fields,
        is_safeguarding="safeguarding" in concerns,
        state=CaseState.PENDING,
    )
    case.set_concerns(concerns)
    return case


# --- Appeals


def appeal(case: Case, *, by: Any, message: str) -> Appeal:
    """The author asks, once, for a different moderator to look at a return or rejection."""
    if case.author_id != getattr(by, "pk", None):
        raise DecisionRefused("Only the author can appeal this decision.")
    if not case.can_be_appealed:
        raise DecisionRefused("Only a return or a rejection can be appealed.")
    if not message.strip():
        raise DecisionRefused("Tell the moderators why the decision should change.")
    try:
        with transaction.atomic():
            filed = Appeal.objects.create(case=case, appellant=by, message=message.strip())
            AuditEntry.record(
                AuditAction.APPEALED,
                actor=by,
                actor_label="the author",
                case=case,
                note=message.strip(),
            )
    except IntegrityError as error:
        raise DecisionRefused("You have already appealed this decision.") from error
    _tell(notifications.notify_moderators_of_appeal, filed)
    return filed


def hear_appeal(appeal: Appeal, *, by: Any, overturn: bool, note: str) -> None:
    """A different moderator upholds or overturns the decision; the author is told."""
    if overturn:
        appeal.overturn(by=by, note=note)
        refresh_trust(appeal.case.author)
    else:
        appeal.uphold(by=by, note=note)
    _tell(notifications.notify_appeal_outcome, appeal)


# --- The digest and the safeguarding alert


def safeguarding_overdue() -> list[Case]:
    """Safeguarding items that have waited longer than allowed and not yet been alerted."""
    cutoff = timezone.now() - timedelta(minutes=settings.MODERATION_SAFEGUARDING_ALERT_MINUTES)
    return list(
        Case.objects.pending().filter(
            is_safeguarding=True, created_at__lte=cutoff, safeguarding_alerted_at__isnull=True
        )
    )


def alert_overdue_safeguarding() -> int:
    """E-mail every moderator about each overdue safeguarding item, once. Returns how many."""
    alerted = 0
    for case in safeguarding_overdue():
        claimed = Case.objects.filter(pk=case.pk, safeguarding_alerted_at__isnull=True).update(
            safeguarding_alerted_at=timezone.now()
        )
        if not claimed:  # another run of the command got there first
            continue
        AuditEntry.record(
            AuditAction.SAFEGUARDING_ALERT,
            actor_label="moderation_digest",
            case=case,
            note=f"Waiting more than {settings.MODERATION_SAFEGUARDING_ALERT_MINUTES} minutes.",
        )
        _tell(notifications.alert_safeguarding_overdue, case)
        alerted += 1
    return alerted
