"""The figures on the moderators' dashboard."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Count
from django.utils import timezone

from moderation.concerns import concern_label, ordered_concerns
from moderation.models import Appeal, Case, CaseConcern, CaseState, Report

DECIDED = (CaseState.APPROVED, CaseState.RETURNED, CaseState.REJECTED)


@dataclass
class ConcernRow:
    """Decisions about one concern over the period."""

    concern: str
    label: str
    approved: int = 0
    returned: int = 0
    rejected: int = 0

    @property
    def total(self) -> int:
        return self.approved + self.returned + self.rejected


@dataclass
class WeekRow:
    starts: datetime
    decisions: int
    median: timedelta | None


@dataclass
class Dashboard:
    queue_size: int
    safeguarding_waiting: int
    oldest_waiting: timedelta | None
    open_reports: int
    open_appeals: int
    days: int
    by_concern: list[ConcernRow] = field(default_factory=list)
    median_to_decision: timedelta | None = None
    decisions_by_people: int = 0
    weeks: list[WeekRow] = field(default_factory=list)


def dashboard(*, days: int = 30, weeks: int = 6, now: datetime | None = None) -> Dashboard:
    """Queue size and age now; decisions by concern and time to decide over recent days."""
    now = now or timezone.now()
    pending = Case.objects.pending()
    oldest = pending.order_by("created_at").values_list("created_at", flat=True).first()
    since = now - timedelta(days=days)

    rows: dict[str, ConcernRow] = {}
    counts = (
        CaseConcern.objects.filter(case__decided_at__gte=since, case__state__in=DECIDED)
        .values("concern", "case__state")
        .annotate(n=Count("case", distinct=True))
    )
    for item in counts:
        row = rows.setdefault(
            item["concern"], ConcernRow(item["concern"], concern_label(item["concern"]))
        )
        setattr(row, str(item["case__state"]), item["n"])

    decided = list(
        Case.objects.decided_by_people()
        .filter(decided_at__gte=now - timedelta(weeks=weeks), state__in=DECIDED)
        .values_list("created_at", "decided_at")
    )
    recent = [done - opened for opened, done in decided if done >= since]

    week_rows = []
    for back in range(weeks - 1, -1, -1):
        starts = now - timedelta(weeks=back + 1)
        ends = now - timedelta(weeks=back)
        waits = [done - opened for opened, done in decided if starts <= done < ends]
        week_rows.append(WeekRow(starts, len(waits), statistics.median(waits) if waits else None))

    return Dashboard(
        queue_size=pending.count(),
        safeguarding_waiting=pending.filter(is_safeguarding=True).count(),
        oldest_waiting=now - oldest if oldest else None,
        open_reports=Report.objects.open().count(),
        open_appeals=Appeal.objects.open().count(),
        days=days,
        by_concern=[rows[slug] for slug in ordered_concerns(rows)],
        median_to_decision=statistics.median(recent) if recent else None,
        decisions_by_people=len(recent),
        weeks=week_rows,
    )


def as_hours(duration: timedelta | None) -> float:
    return duration.total_seconds() / 3600 if duration else 0.0


def describe(duration: timedelta | None) -> str:
    """A waiting time in the words a person would use: 40 min, 3.5 h, 2 days."""
    if duration is None:
        return "—"
    minutes = duration.total_seconds() / 60
    if minutes < 90:
        return f"{minutes:.0f} min"
    hours = minutes / 60
    if hours < 48:
        return f"{hours:.1f} h"
    return f"{hours / 24:.1f} days"
