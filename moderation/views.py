"""The moderators' workspace: queue, review, appeals, audit log and dashboard.

Every view here is for moderators with two-factor authentication only
(``moderator_required``). Decisions go through ``moderation.actions``; a decision that lost
a race, or was made on a stale view, is refused with a message and the current state shown.
"""

from __future__ import annotations

import csv
from typing import Any

from django.contrib import messages
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from moderation import actions, charts, stats
from moderation.access import get_appeal_for_moderator, get_case_for_moderator, moderator_required
from moderation.feedback import build_feedback
from moderation.forms import (
    ApproveForm,
    AuditFilterForm,
    CitingDecisionForm,
    EditForm,
    EscalateForm,
    HearAppealForm,
    QueueFilterForm,
)
from moderation.models import (
    Appeal,
    AuditAction,
    AuditEntry,
    Case,
    DecisionRefused,
    ReportState,
)
from moderation.notifications import moderators
from moderation.registry import kinds

QUEUE_PAGE_SIZE = 25
AUDIT_PAGE_SIZE = 50


def _query_without_page(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def _page(request: HttpRequest, items: Any, size: int) -> Any:
    try:
        return Paginator(items, size).page(request.GET.get("page") or 1)
    except InvalidPage as error:
        raise Http404("There is no such page.") from error


@moderator_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    """Pending posts and comments in one list: safeguarding first, then oldest first."""
    filters = QueueFilterForm(request.GET or None, kinds=kinds())
    cases = Case.objects.queue().annotate(
        open_reports=Count("reports", filter=Q(reports__state=ReportState.OPEN))
    )
    if filters.is_valid():
        if filters.cleaned_data["concern"]:
            cases = cases.filter(
                pk__in=Case.objects.with_concern(filters.cleaned_data["concern"]).values("pk")
            )
        if filters.cleaned_data["kind"]:
            cases = cases.filter(kind=filters.cleaned_data["kind"])
    return render(
        request,
        "moderation/queue.html",
        {
            "page": _page(request, cases, QUEUE_PAGE_SIZE),
            "filters": filters,
            "now": timezone.now(),
            "appeals_waiting": Appeal.objects.hearable_by(request.user).count(),
            "page_query": _query_without_page(request),
        },
    )


def _review_context(request: HttpRequest, case: Case, **forms: Any) -> dict[str, Any]:
    adapter = case.adapter()
    suggested = list(dict.fromkeys(f.get("principle", "") for f in case.findings))
    others = [user for user in moderators() if user.pk != request.user.pk]
    version = {"version": case.version}
    edit_initial = {
        **version,
        **{f"text_{name}": case.snapshot.get(name, "") for name in adapter.checked_fields},
    }
    history = (
        Case.objects.filter(author=case.author)
        .exclude(pk=case.pk)
        .select_related("decided_by")
        .order_by("-created_at")[:10]
    )
    content = case.content
    return {
        "case": case,
        "adapter": adapter,
        "content": content,
        "content_url": adapter.url(content) if content is not None else None,
        "content_state": adapter.state(content) if content is not None else None,
        "feedback": build_feedback(
            decision=case.checker_decision,
            findings=case.findings,
            notes=case.notes,
            fields=case.snapshot,
            field_labels=adapter.field_labels,
            suggested_content_warning=case.suggested_content_warning,
            shows_crisis_contacts=case.shows_crisis_contacts,
        ),
        "reports": case.reports.select_related("reporter"),
        "history": history,
        "history_counts": dict(
            Case.objects.filter(author=case.author)
            .exclude(pk=case.pk)
            .values_list("state")
            .annotate(n=Count("id"))
        ),
        "audit": case.audit_entries.select_related("actor").order_by("created_at", "id"),
        "appeal": getattr(case, "appeal", None),
        "approve_form": forms.get("approve_form") or ApproveForm(initial=version),
        "return_form": forms.get("return_form")
        or CitingDecisionForm(initial=version, suggested=suggested, prefix="return"),
        "reject_form": forms.get("reject_form")
        or CitingDecisionForm(initial=version, suggested=suggested, prefix="reject"),
        "edit_form": forms.get("edit_form")
        or EditForm(
            initial=edit_initial,
            field_names=adapter.checked_fields,
            field_labels=adapter.field_labels,
            suggested=suggested,
            prefix="edit",
        ),
        "escalate_form": forms.get("escalate_form")
        or EscalateForm(initial=version, moderators=others, prefix="escalate"),
    }


@moderator_required
@require_GET
def review(request: HttpRequest, case_id: int) -> HttpResponse:
    """One item: its text with the findings marked, the author's history, and the actions."""
    case = get_case_for_moderator(case_id)
    return render(request, "moderation/review.html", _review_context(request, case))


@moderator_required
@require_POST
def decide(request: HttpRequest, case_id: int) -> HttpResponse:
    """Carry out one decision on a case; refused decisions say what happened instead."""
    case = get_case_for_moderator(case_id)
    adapter = case.adapter()
    suggested = [f.get("principle", "") for f in case.findings]
    action = request.POST.get("action", "")
    others = [user for user in moderators() if user.pk != request.user.pk]
    forms: dict[str, Any] = {
        "approve": ("approve_form", ApproveForm(request.POST)),
        "return": (
            "return_form",
            CitingDecisionForm(request.POST, suggested=suggested, prefix="return"),
        ),
        "reject": (
            "reject_form",
            CitingDecisionForm(request.POST, suggested=suggested, prefix="reject"),
        ),
        "edit": (
            "edit_form",
            EditForm(
                request.POST,
                field_names=adapter.checked_fields,
                field_labels=adapter.field_labels,
                suggested=suggested,
                prefix="edit",
            ),
        ),
        "escalate": (
            "escalate_form",
            EscalateForm(request.POST, moderators=others, prefix="escalate"),
        ),
    }
    if action not in forms:
        messages.error(request, "Choose what to do with this item.")
        return redirect("moderation:review", case_id=case.pk)
    form_name, form = forms[action]
    if not form.is_valid():
        messages.error(request, "Please check the form: something it needs is missing.")
        context = _review_context(request, case, **{form_name: form})
        context["open_form"] = action
        return render(request, "moderation/review.html", context, status=400)
    # The decision is made on the version of the case the moderator was looking at.
    case.version = form.cleaned_data["version"]
    data = form.cleaned_data
    try:
        if action == "approve":
            actions.approve(case, by=request.user, note=data["note"])
            done = "Approved and published."
        elif action == "return":
            actions.return_to_author(
                case, by=request.user, note=data["note"], principles=form.cited()
            )
            done = "Returned to the author with your note."
        elif action == "reject":
            actions.reject(case, by=request.user, note=data["note"], principles=form.cited())
            done = "Rejected. The author has been told why."
        elif action == "edit":
            actions.approve_with_edits(
                case,
                by=request.user,
                fields=form.edited_fields(),
                note=data["note"],
                principles=form.cited(),
            )
            done = "Your edit is published and recorded."
        else:
            actions.escalate(case, by=request.user, to=data["to"], note=data["note"])
            done = f"Passed to {data['to']}."
    except DecisionRefused as refusal:
        messages.error(request, str(refusal))
        return redirect("moderation:review", case_id=case.pk)
    messages.success(request, done)
    return redirect("moderation:queue")


@moderator_required
@require_GET
def appeals(request: HttpRequest) -> HttpResponse:
    """Open appeals; those about the moderator's own decisions are shown but not theirs."""
    open_appeals = (
        Appeal.objects.open()
        .select_related("case", "case__decided_by", "appellant")
        .order_by("created_at")
    )
    return render(
        request,
        "moderation/appeals.html",
        {
            "appeals": open_appeals,
            "heard": Appeal.objects.exclude(state="open")
            .select_related("case", "heard_by", "appellant")
            .order_by("-heard_at")[:20],
        },
    )


@moderator_required
def appeal_detail(request: HttpRequest, appeal_id: int) -> HttpResponse:
    """Hear one appeal: uphold or overturn, with a note to the author."""
    appeal = get_appeal_for_moderator(appeal_id)
    case = appeal.case
    own_decision = bool(case.decided_by_id and case.decided_by_id == request.user.pk)
    form = HearAppealForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.hear_appeal(
                appeal,
                by=request.user,
                overturn=form.cleaned_data["outcome"] == "overturn",
                note=form.cleaned_data["note"],
            )
        except DecisionRefused as refusal:
            messages.error(request, str(refusal))
            return redirect("moderation:appeal", appeal_id=appeal.pk)
        messages.success(request, "Appeal heard. The author has been told.")
        return redirect("moderation:appeals")
    adapter = case.adapter()
    return render(
        request,
        "moderation/appeal.html",
        {
            "appeal": appeal,
            "case": case,
            "form": form,
            "own_decision": own_decision,
            "feedback": build_feedback(
                decision=case.checker_decision,
                findings=case.findings,
                fields=case.snapshot,
                field_labels=adapter.field_labels,
            ),
        },
        status=400 if request.method == "POST" else 200,
    )


def _audit_entries(request: HttpRequest) -> tuple[AuditFilterForm, Any]:
    form = AuditFilterForm(request.GET or None, actions=AuditAction.choices, kinds=kinds())
    entries = AuditEntry.objects.select_related("actor")
    if form.is_valid():
        entries = entries.matching(**form.cleaned_data)
    return form, entries


@moderator_required
@require_GET
def audit_log(request: HttpRequest) -> HttpResponse:
    """Every moderation step, newest first, with filters and a CSV export of the same."""
    form, entries = _audit_entries(request)
    return render(
        request,
        "moderation/audit_log.html",
        {
            "filters": form,
            "page": _page(request, entries, AUDIT_PAGE_SIZE),
            "page_query": _query_without_page(request),
        },
    )


def _csv_cell(value: object) -> str:
    """Text for a spreadsheet cell; a leading = + - @ would make a formula, so it is quoted."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in {"=", "+", "-", "@", "\t", "\r"} else text


@moderator_required
@require_GET
def audit_csv(request: HttpRequest) -> HttpResponse:
    """The audit log, filtered as on the page, as a CSV file."""
    _, entries = _audit_entries(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localtime().strftime("%Y-%m-%d")
    response["Content-Disposition"] = f'attachment; filename="moderation-audit-{stamp}.csv"'
    writer = csv.writer(response)
    writer.writerow(
        ["time", "actor", "action", "kind", "target", "target id", "principles", "note", "case"]
    )
    for entry in entries.iterator():
        writer.writerow(
            [
                _csv_cell(timezone.localtime(entry.created_at).isoformat(timespec="seconds")),
                _csv_cell(entry.actor_label),
                _csv_cell(entry.get_action_display()),
                _csv_cell(entry.target_kind),
                _csv_cell(entry.target_label),
                _csv_cell(entry.target_id),
                _csv_cell(" ".join(entry.principles)),
                _csv_cell(entry.note),
                _csv_cell(entry.case_id),
            ]
        )
    return response


@moderator_required
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    """Queue size and age, decisions by concern, and how long decisions take."""
    figures = stats.dashboard()
    concern_chart = charts.horizontal_bars(
        [
            charts.Bar(row.label, row.total, str(row.total), alert=row.concern == "safeguarding")
            for row in figures.by_concern
        ],
        chart_id="by-concern",
        title=f"Decisions by concern, last {figures.days} days",
        description="; ".join(f"{row.label}: {row.total}" for row in figures.by_concern)
        or "No decisions yet.",
    )
    weeks_chart = charts.vertical_bars(
        [
            charts.Bar(
                f"w/c {timezone.localtime(week.starts):%d %b}",
                stats.as_hours(week.median),
                stats.describe(week.median),
            )
            for week in figures.weeks
        ],
        chart_id="time-to-decision",
        title="Median time to a moderator's decision, by week",
        description="; ".join(
            f"week from {timezone.localtime(w.starts):%d %B}: {stats.describe(w.median)}"
            for w in figures.weeks
        ),
    )
    return render(
        request,
        "moderation/dashboard.html",
        {
            "figures": figures,
            "concern_chart": concern_chart,
            "weeks_chart": weeks_chart,
            "oldest": stats.describe(figures.oldest_waiting),
            "median": stats.describe(figures.median_to_decision),
            "weeks": [(week, stats.describe(week.median)) for week in figures.weeks],
        },
    )
