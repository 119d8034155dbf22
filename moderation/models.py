"""The moderation state machine and its records.

A ``Case`` is one submission (or one reported item) under moderation. Its state changes are
model methods: each runs in one transaction, moves the case with a conditional UPDATE that
refuses when the case is no longer where the caller saw it, moves the content through its
registered adapter, stamps who, when and why, and writes an ``AuditEntry``. Two moderators
acting at once therefore record exactly one decision; the other gets ``DecisionRefused``.

Side effects beyond the database (e-mails, trust) live in ``moderation.actions``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.timesince import timesince

from moderation.concerns import MAIN_PRINCIPLE, Concern, concern_label, ordered_concerns
from moderation.registry import ContentRefused, ContentState, adapter_for

#: Names that stand in for a person when the machine acted.
CHECKER = "checker"
REPORT_THRESHOLD = "report threshold"


class DecisionRefused(Exception):
    """A moderation step was refused: the item moved on, or the step is not allowed."""

    def __init__(self, message: str, *, case: Case | None = None) -> None:
        super().__init__(message)
        self.case = case


class CaseState(models.TextChoices):
    """Where a case is. Only PENDING cases wait in the queue."""

    PENDING = "pending", "Waiting for a moderator"
    PUBLISHED = "published", "Published by the checker"
    APPROVED = "approved", "Approved"
    RETURNED = "returned", "Returned to the author"
    REJECTED = "rejected", "Rejected"
    CLOSED = "closed", "Closed: replaced by a newer version or deleted"


class Origin(models.TextChoices):
    SUBMISSION = "submission", "Submitted by the author"
    REPORT = "report", "Reported by readers"


class CheckerDecision(models.TextChoices):
    PUBLISH = "publish", "Publish"
    HOLD = "hold", "Hold for a moderator"
    RETURN = "return", "Return to the author"


# What a moderator's decision does to the content, and from where it may do it. Approving
# a reported item that is still up keeps it up; the states listed are the only ones from
# which a decision makes sense.
_DECIDABLE_CONTENT = {ContentState.PENDING, ContentState.HIDDEN, ContentState.PUBLISHED}


class CaseQuerySet(models.QuerySet["Case"]):
    def pending(self) -> CaseQuerySet:
        return self.filter(state=CaseState.PENDING)

    def queue(self) -> CaseQuerySet:
        """The moderators' queue: safeguarding first, then whatever has waited longest."""
        return (
            self.pending()
            .select_related("author", "content_type", "escalated_to")
            .prefetch_related("concern_tags")
            .order_by("-is_safeguarding", "created_at", "id")
        )

    def for_content(self, obj: models.Model) -> CaseQuerySet:
        return self.filter(
            content_type=ContentType.objects.get_for_model(type(obj)), object_id=obj.pk
        )

    def with_concern(self, concern: str) -> CaseQuerySet:
        return self.filter(concern_tags__concern=concern).distinct()

    def decided_by_people(self) -> CaseQuerySet:
        return self.filter(decided_by__isnull=False, decided_at__isnull=False)

    def close_for_deleted(self, obj: models.Model) -> list[Case]:
        """Close every open case about content its author has deleted; return them."""
        closed = []
        for case in self.for_content(obj).pending():
            case.close(reason="The author deleted it.", settle_reports=True)
            closed.append(case)
        return closed


class Case(models.Model):
    """One submission or reported item and what moderation made of it."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content = GenericForeignKey("content_type", "object_id")
    kind = models.CharField(max_length=20, help_text="The registered kind: post, comment …")
    label = models.CharField(max_length=200, help_text="A short name for the item when opened.")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="moderation_cases"
    )
    origin = models.CharField(max_length=12, choices=Origin.choices, default=Origin.SUBMISSION)

    # What the checker said about the text it was given.
    checker_decision = models.CharField(max_length=8, choices=CheckerDecision.choices)
    findings = models.JSONField(default=list, blank=True)
    notes = models.JSONField(default=list, blank=True)
    snapshot = models.JSONField(default=dict, help_text="The checked fields, as checked.")
    suggested_content_warning = models.CharField(max_length=120, blank=True)
    shows_crisis_contacts = models.BooleanField(default=False)
    held_for_trust = models.BooleanField(
        default=False, help_text="Held because the author's account is new."
    )
    is_safeguarding = models.BooleanField(default=False, help_text="Goes to the top of the queue.")
    hidden_for_reports = models.BooleanField(default=False)

    state = models.CharField(max_length=10, choices=CaseState.choices, default=CaseState.PENDING)
    escalated_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="escalated_cases",
    )
    escalation_note = models.TextField(blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="decided_cases",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)
    cited_principles = models.JSONField(default=list, blank=True)
    redaction = models.JSONField(
        null=True, blank=True, help_text="The text before and after a moderator's edit."
    )
    safeguarding_alerted_at = models.DateTimeField(null=True, blank=True)
    # Bumped on every change, so a decision made on a stale view of the case is refused.
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["content_type", "object_id"], name="case_content"),
            models.Index(fields=["state", "-is_safeguarding", "created_at"], name="case_queue"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} “{self.label}” ({self.get_state_display().lower()})"

    # --- Reading

    @property
    def is_pending(self) -> bool:
        return self.state == CaseState.PENDING

    @property
    def concerns(self) -> list[str]:
        """The concerns on this case, safeguarding first (uses prefetched tags when there)."""
        return ordered_concerns(tag.concern for tag in self.concern_tags.all())

    @property
    def concern_labels(self) -> list[str]:
        return [concern_label(slug) for slug in self.concerns]

    @property
    def concern_items(self) -> list[tuple[str, str]]:
        """(slug, label) for each concern, for badges."""
        return [(slug, concern_label(slug)) for slug in self.concerns]

    @property
    def decider_label(self) -> str:
        if self.decided_by_id:
            return str(self.decided_by)
        return CHECKER if self.decided_at else ""

    @property
    def can_be_appealed(self) -> bool:
        return self.state in {CaseState.RETURNED, CaseState.REJECTED}

    def adapter(self) -> Any:
        return adapter_for(self.content_type.model_class())

    def set_concerns(self, concerns: Iterable[str]) -> None:
        """Record the concerns this case is about (adds; never removes)."""
        have = {tag.concern for tag in self.concern_tags.all()}
        CaseConcern.objects.bulk_create(
            [CaseConcern(case=self, concern=c) for c in set(concerns) - have],
            ignore_conflicts=True,
        )
        if hasattr(self, "_prefetched_objects_cache"):
            self._prefetched_objects_cache.pop("concern_tags", None)

    # --- Transitions (each atomic, guarded, stamped and audited)

    def approve(self, *, by: Any, note: str = "", principles: Iterable[str] = ()) -> None:
        """Publish the item (or keep a reported item up)."""
        self._decide(
            CaseState.APPROVED,
            by=by,
            note=note,
            principles=principles,
            content_to=ContentState.PUBLISHED,
            action=AuditAction.APPROVED,
        )

    def return_to_author(self, *, by: Any, note: str, principles: Iterable[str]) -> None:
        """Send the item back for its author to change; the note says what and why."""
        if not note.strip():
            raise DecisionRefused("Say what the author should change.", case=self)
        self._decide(
            CaseState.RETURNED,
            by=by,
            note=note,
            principles=principles,
            content_to=ContentState.RETURNED,
            action=AuditAction.RETURNED,
        )

    def reject(self, *, by: Any, note: str, principles: Iterable[str]) -> None:
        """Refuse the item: it will not be published."""
        if not note.strip():
            raise DecisionRefused("Say why the item is rejected.", case=self)
        self._decide(
            CaseState.REJECTED,
            by=by,
            note=note,
            principles=principles,
            content_to=ContentState.REJECTED,
            action=AuditAction.REJECTED,
        )

    def approve_with_edits(
        self, *, by: Any, fields: dict[str, str], note: str, principles: Iterable[str] = ()
    ) -> None:
        """Redact: change the text as a moderator, then publish it. Before and after are kept."""
        if not note.strip():
            raise DecisionRefused("Say what you changed and why.", case=self)
        adapter = self.adapter()
        before = {name: self.snapshot.get(name, "") for name in adapter.checked_fields}
        after = {name: fields.get(name, before[name]) for name in adapter.checked_fields}
        if after == before:
            raise DecisionRefused("Nothing was changed: use Approve instead.", case=self)
        self._decide(
            CaseState.APPROVED,
            by=by,
            note=note,
            principles=principles,
            content_to=ContentState.PUBLISHED,
            action=AuditAction.EDITED_AND_APPROVED,
            changes={"redaction": {"before": before, "after": after}, "snapshot": after},
            new_text=after,
            detail={"before": before, "after": after},
        )

    def escalate(self, *, by: Any, to: Any, note: str) -> None:
        """Ask another moderator to decide. The case stays in the queue, marked for them."""
        from accounts.permissions import is_moderator

        if to is None or to.pk == getattr(by, "pk", None) or not is_moderator(to):
            raise DecisionRefused("Choose another moderator to escalate to.", case=self)
        with transaction.atomic():
            self._guarded_update(escalated_to=to, escalation_note=note, updated_at=timezone.now())
            AuditEntry.record(
                AuditAction.ESCALATED,
                actor=by,
                case=self,
                note=note,
                detail={"to": str(to), "to_id": to.pk},
            )
        self.refresh_from_db()

    def hide_for_reports(self, *, by: Any = None) -> None:
        """Take a reported item down until a moderator decides (threshold or a moderator)."""
        content = self.content
        if content is None or self.hidden_for_reports:
            return
        with transaction.atomic():
            self._guarded_update(hidden_for_reports=True, updated_at=timezone.now())
            try:
                self.adapter().move(
                    content, ContentState.HIDDEN, allowed_from={ContentState.PUBLISHED}
                )
            except ContentRefused:
                # Not public any more (the author withdrew it, say): nothing to hide.
                transaction.set_rollback(True)
                return
            AuditEntry.record(
                AuditAction.HIDDEN,
                actor=by,
                actor_label=None if by else REPORT_THRESHOLD,
                case=self,
                note="Hidden until a moderator has looked at the reports.",
            )
        self.refresh_from_db()

    def close(self, *, reason: str, settle_reports: bool = False) -> None:
        """End a pending case without a decision (a newer version replaced it, or deleted).

        Reports stay open for the newer version unless ``settle_reports`` (the item is gone).
        """
        now = timezone.now()
        with transaction.atomic():
            moved = Case.objects.filter(pk=self.pk, state=CaseState.PENDING).update(
                state=CaseState.CLOSED,
                decision_note=reason,
                decided_at=now,
                version=F("version") + 1,
                updated_at=now,
            )
            if moved:
                AuditEntry.record(AuditAction.CLOSED, actor_label=CHECKER, case=self, note=reason)
                if settle_reports:
                    self.reports.filter(state=ReportState.OPEN).update(
                        state=ReportState.CLOSED, resolved_at=now
                    )
        self.refresh_from_db()

    def _guarded_update(self, **values: Any) -> None:
        """UPDATE this case only if it is still pending at the version the caller saw."""
        moved = Case.objects.filter(
            pk=self.pk, state=CaseState.PENDING, version=self.version
        ).update(version=F("version") + 1, **values)
        if not moved:
            raise DecisionRefused(self._why_refused(), case=self)

    def _decide(
        self,
        to: CaseState,
        *,
        by: Any,
        note: str,
        principles: Iterable[str],
        content_to: ContentState,
        action: str,
        changes: dict[str, Any] | None = None,
        new_text: dict[str, str] | None = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        cited = _clean_principles(principles)
        now = timezone.now()
        adapter = self.adapter()
        with transaction.atomic():
            self._guarded_update(
                state=to,
                decided_by=by,
                decided_at=now,
                decision_note=note.strip(),
                cited_principles=cited,
                updated_at=now,
                **(changes or {}),
            )
            content = self.content
            if content is None:
                raise DecisionRefused("The author has deleted this item.", case=self)
            if adapter.fields(content) != {
                name: self.snapshot.get(name, "") for name in adapter.checked_fields
            }:
                # Moderators decide on the words they read; changed words get checked again.
                raise DecisionRefused(
                    "The author changed this after it was checked, so it will be checked "
                    "again. Nothing was decided.",
                    case=self,
                )
            try:
                if new_text is not None:
                    adapter.replace_text(content, new_text)
                adapter.move(content, content_to, allowed_from=_DECIDABLE_CONTENT)
            except ContentRefused as error:
                raise DecisionRefused(str(error), case=self) from error
            AuditEntry.record(
                action, actor=by, case=self, principles=cited, note=note.strip(), detail=detail
            )
            # Reports on this item are settled by the decision: kept up, or acted on.
            self.reports.filter(state=ReportState.OPEN).update(
                state=ReportState.DISMISSED
                if action == AuditAction.APPROVED
                else ReportState.ACTED,
                resolved_at=now,
            )
        self.refresh_from_db()

    def _why_refused(self) -> str:
        """Say, from the database, what happened while the caller was looking."""
        self.refresh_from_db()
        if self.state == CaseState.PENDING:
            return (
                "This item changed while you were looking at it (it was escalated or reported "
                "again). Here it is as it is now: please look again before deciding."
            )
        who = self.decider_label or "someone"
        when = f" {timesince(self.decided_at)} ago" if self.decided_at else ""
        return (
            f"Already decided: {who} marked this “{self.get_state_display().lower()}”{when}. "
            "Your decision was not recorded."
        )


class CaseConcern(models.Model):
    """One concern a case is about: lets the queue and dashboard filter and count by concern."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="concern_tags")
    concern = models.CharField(max_length=40)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["case", "concern"], name="case_concern_once")
        ]
        indexes = [models.Index(fields=["concern"], name="case_concern_concern")]

    def __str__(self) -> str:
        return self.concern


def _clean_principles(principles: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for slug in principles or ():
        slug = str(slug).strip()
        if slug and slug not in seen:
            seen.append(slug)
    return seen


# --- Watched terms


class TermAction(models.TextChoices):
    HOLD = "hold", "Hold for a moderator"
    RETURN = "return", "Return to the author"


class WatchedTermQuerySet(models.QuerySet["WatchedTerm"]):
    def active(self) -> WatchedTermQuerySet:
        return self.filter(active=True)

    def for_checker(self) -> list[Any]:
        """The active terms as the checker's own WatchedTerm values."""
        return [term.as_checker_term() for term in self.active()]


class WatchedTerm(models.Model):
    """A word or phrase moderators want held or returned, added in the admin without a deploy."""

    term = models.CharField(
        max_length=100,
        help_text="The word or phrase to watch for. Matching ignores case and whole words only.",
    )
    action = models.CharField(
        max_length=6,
        choices=TermAction.choices,
        default=TermAction.HOLD,
        help_text="Hold: a moderator reads it first. Return: the author must change it.",
    )
    concern = models.CharField(
        max_length=40,
        choices=Concern.choices,
        help_text="The concern a finding for this term names.",
    )
    principle = models.CharField(
        max_length=80,
        blank=True,
        help_text="The guidance principle's slug, e.g. house-be-respectful. "
        "Left empty, the concern's main principle is cited.",
    )
    note = models.TextField(blank=True, help_text="Why this term is watched, for other moderators.")
    active = models.BooleanField(default=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = WatchedTermQuerySet.as_manager()

    class Meta:
        ordering = ["term"]
        constraints = [models.UniqueConstraint(Lower("term"), name="watched_term_unique_any_case")]

    def __str__(self) -> str:
        return self.term

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.term = " ".join(self.term.split())
        if not self.principle:
            self.principle = MAIN_PRINCIPLE.get(self.concern, "")
        super().save(*args, **kwargs)

    def as_checker_term(self) -> Any:
        from moderation.checker import WatchedTerm as CheckerTerm

        return CheckerTerm(
            term=self.term,
            action=self.action,
            concern=self.concern,
            principle=self.principle or MAIN_PRINCIPLE.get(self.concern, ""),
        )


# --- Reader reports


class ReportState(models.TextChoices):
    OPEN = "open", "Waiting for a moderator"
    ACTED = "acted", "A moderator took action"
    DISMISSED = "dismissed", "A moderator looked and it stays up"
    CLOSED = "closed", "Closed: the item was changed or deleted"


class ReportQuerySet(models.QuerySet["Report"]):
    def open(self) -> ReportQuerySet:
        return self.filter(state=ReportState.OPEN)

    def for_content(self, obj: models.Model) -> ReportQuerySet:
        return self.filter(
            content_type=ContentType.objects.get_for_model(type(obj)), object_id=obj.pk
        )


class Report(models.Model):
    """A member's report that something published breaks the guidance."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content = GenericForeignKey("content_type", "object_id")
    case = models.ForeignKey(
        Case, null=True, blank=True, on_delete=models.SET_NULL, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="moderation_reports"
    )
    reason = models.CharField(max_length=40, choices=Concern.choices)
    detail = models.TextField(
        max_length=1000,
        blank=True,
        help_text="Anything that would help a moderator understand. Optional.",
    )
    state = models.CharField(max_length=10, choices=ReportState.choices, default=ReportState.OPEN)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    reporter_told_at = models.DateTimeField(null=True, blank=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "reporter"],
                name="one_report_per_member_per_item",
            )
        ]

    def __str__(self) -> str:
        return f"Report by {self.reporter} ({self.reason})"

    @property
    def reason_label(self) -> str:
        return concern_label(self.reason)


# --- Appeals


class AppealState(models.TextChoices):
    OPEN = "open", "Waiting for a moderator"
    UPHELD = "upheld", "The decision stands"
    OVERTURNED = "overturned", "The decision was overturned"


class AppealQuerySet(models.QuerySet["Appeal"]):
    def open(self) -> AppealQuerySet:
        return self.filter(state=AppealState.OPEN)

    def hearable_by(self, user: Any) -> AppealQuerySet:
        """Open appeals this moderator may hear: never about their own decision."""
        return self.open().exclude(case__decided_by=user)


class Appeal(models.Model):
    """An author's one request that a different moderator look again at a decision."""

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="appeal")
    appellant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="moderation_appeals"
    )
    message = models.TextField(
        max_length=3000, help_text="Why you think the decision should change."
    )
    state = models.CharField(max_length=10, choices=AppealState.choices, default=AppealState.OPEN)
    heard_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="heard_appeals",
    )
    heard_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now)

    objects = AppealQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"Appeal on {self.case}"

    @property
    def is_open(self) -> bool:
        return self.state == AppealState.OPEN

    def uphold(self, *, by: Any, note: str) -> None:
        """The decision stands."""
        if not note.strip():
            raise DecisionRefused("Tell the author why the decision stands.")
        with transaction.atomic():
            self._guarded_hearing(AppealState.UPHELD, by=by, note=note)
            AuditEntry.record(
                AuditAction.APPEAL_UPHELD,
                actor=by,
                case=self.case,
                note=note.strip(),
                principles=self.case.cited_principles,
            )
        self.refresh_from_db()

    def overturn(self, *, by: Any, note: str) -> None:
        """The decision was wrong: publish the item as it was when decided."""
        case = self.case
        with transaction.atomic():
            self._guarded_hearing(AppealState.OVERTURNED, by=by, note=note)
            content = case.content
            if content is None:
                raise DecisionRefused("The author has deleted this item.")
            adapter = case.adapter()
            if adapter.fields(content) != {
                name: case.snapshot.get(name, "") for name in adapter.checked_fields
            }:
                raise DecisionRefused(
                    "The author has changed the text since the decision, so there is nothing "
                    "to overturn: the new version must be submitted and checked."
                )
            try:
                adapter.move(
                    content,
                    ContentState.PUBLISHED,
                    allowed_from={ContentState.RETURNED, ContentState.REJECTED},
                )
            except ContentRefused as error:
                raise DecisionRefused(str(error)) from error
            AuditEntry.record(AuditAction.APPEAL_OVERTURNED, actor=by, case=case, note=note.strip())
        self.refresh_from_db()

    def _guarded_hearing(self, to: AppealState, *, by: Any, note: str) -> None:
        if self.case.decided_by_id and self.case.decided_by_id == getattr(by, "pk", None):
            raise DecisionRefused(
                "You made the decision under appeal, so a different moderator must hear it."
            )
        moved = Appeal.objects.filter(
            pk=self.pk, state=AppealState.OPEN, version=self.version
        ).update(
            state=to,
            heard_by=by,
            heard_at=timezone.now(),
            note=note.strip(),
            version=F("version") + 1,
        )
        if not moved:
            self.refresh_from_db()
            raise DecisionRefused(
                f"This appeal has already been heard by {self.heard_by or 'another moderator'}: "
                f"{self.get_state_display().lower()}. Your decision was not recorded."
            )


# --- The audit log


class AuditAction(models.TextChoices):
    PUBLISHED = "published", "Published by the checker"
    HELD = "held", "Held for a moderator"
    CHECKER_RETURNED = "checker-returned", "Returned by the checker"
    APPROVED = "approved", "Approved"
    RETURNED = "returned", "Returned to the author"
    REJECTED = "rejected", "Rejected"
    EDITED_AND_APPROVED = "edited-approved", "Edited and approved"
    ESCALATED = "escalated", "Escalated"
    REPORTED = "reported", "Reported by a reader"
    HIDDEN = "hidden", "Hidden until reviewed"
    CLOSED = "closed", "Closed without a decision"
    APPEALED = "appealed", "Appealed by the author"
    APPEAL_UPHELD = "appeal-upheld", "Appeal heard: decision upheld"
    APPEAL_OVERTURNED = "appeal-overturned", "Appeal heard: decision overturned"
    SAFEGUARDING_ALERT = "safeguarding-alert", "Safeguarding alert sent"


class AuditEntryImmutable(Exception):
    """Audit entries are written once and never changed or deleted."""


# Erasing a member (or a case) may unlink entries from them; nothing else may change.
_UNLINKABLE = {"actor", "case", "target_type"}


class AuditEntryQuerySet(models.QuerySet["AuditEntry"]):
    def update(self, **values: Any) -> int:
        if set(values) <= _UNLINKABLE and all(value is None for value in values.values()):
            return super().update(**values)
        raise AuditEntryImmutable("Audit entries cannot be changed.")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AuditEntryImmutable("Audit entries cannot be deleted.")

    def matching(
        self,
        *,
        action: str = "",
        actor: str = "",
        kind: str = "",
        principle: str = "",
        since: Any = None,
        until: Any = None,
    ) -> AuditEntryQuerySet:
        """Entries filtered the way the audit log page filters them."""
        entries = self
        if action:
            entries = entries.filter(action=action)
        if actor:
            entries = entries.filter(Q(actor_label__iexact=actor) | Q(actor__email__iexact=actor))
        if kind:
            entries = entries.filter(target_kind=kind)
        if principle:
            entries = entries.filter(principles__icontains=f'"{principle}"')
        if since:
            entries = entries.filter(created_at__date__gte=since)
        if until:
            entries = entries.filter(created_at__date__lte=until)
        return entries


class AuditEntry(models.Model):
    """One thing that happened in moderation, by a moderator or by the machine. Append-only."""

    created_at = models.DateTimeField(default=timezone.now, db_index=True, editable=False)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    actor_label = models.CharField(
        max_length=100, editable=False, help_text="The person's name then, or checker."
    )
    action = models.CharField(max_length=30, choices=AuditAction.choices, editable=False)
    target_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.SET_NULL, editable=False
    )
    target_id = models.PositiveBigIntegerField(null=True, blank=True, editable=False)
    target_kind = models.CharField(max_length=20, blank=True, editable=False)
    target_label = models.CharField(max_length=200, blank=True, editable=False)
    case = models.ForeignKey(
        Case,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
        editable=False,
    )
    principles = models.JSONField(default=list, blank=True, editable=False)
    note = models.TextField(blank=True, editable=False)
    detail = models.JSONField(default=dict, blank=True, editable=False)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_label}: {self.get_action_display()}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AuditEntryImmutable("Audit entries cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AuditEntryImmutable("Audit entries cannot be deleted.")

    @classmethod
    def record(
        cls,
        action: str,
        *,
        actor: Any = None,
        actor_label: str | None = None,
        case: Case | None = None,
        target: models.Model | None = None,
        principles: Iterable[str] = (),
        note: str = "",
        detail: dict[str, Any] | None = None,
    ) -> AuditEntry:
        """Write an entry. With no actor the machine acted: ``actor_label`` says which part."""
        label = actor_label or (str(actor) if actor is not None else CHECKER)
        values: dict[str, Any] = {}
        if case is not None:
            values = {
                "target_type_id": case.content_type_id,
                "target_id": case.object_id,
                "target_kind": case.kind,
                "target_label": case.label[:200],
            }
        elif target is not None:
            values = {
                "target_type": ContentType.objects.get_for_model(type(target)),
                "target_id": target.pk,
                "target_kind": getattr(adapter_for(target), "kind", ""),
                "target_label": adapter_for(target).label(target)[:200],
            }
        return cls.objects.create(
            action=action,
            actor=actor,
            actor_label=label[:100],
            case=case,
            principles=_clean_principles(principles),
            note=note,
            detail=detail or {},
            **values,
        )
