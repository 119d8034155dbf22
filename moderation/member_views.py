"""Pages and endpoints for contributors: what they can ask of moderation themselves."""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_POST

from accounts.decorators import verified_email_required
from accounts.limits import check_hourly_limit
from moderation import actions
from moderation.access import can_report, get_case_for_author, get_reportable_item
from moderation.actions import check_draft as run_draft_check
from moderation.forms import AppealForm, ReportForm
from moderation.models import DecisionRefused, Report
from moderation.registry import ContentState, adapter_for, model_for_kind

# No field the checker reads may be longer than a post's body.
MAX_FIELD_LENGTH = 50_000


def _within_check_rate(user_id: int) -> bool:
    """A modest cap on live checks per member per minute, counted in the cache."""
    limit = settings.MODERATION_DRAFT_CHECKS_PER_MINUTE
    if limit <= 0:
        return True
    key = f"moderation:draft-checks:{user_id}:{int(time.time() // 60)}"
    cache.add(key, 0, timeout=90)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=90)
        count = 1
    return count <= limit


@login_required
@require_POST
def check_draft(request: HttpRequest) -> HttpResponse:
    """Check unsaved words and answer in JSON: the findings, and the panel to show them.

    Used by the live check on the compose page; the same engine and messages as submitting.
    """
    if not _within_check_rate(request.user.pk):
        return JsonResponse(
            {"error": "That's a lot of checks in a minute. Use the Check my draft button."},
            status=429,
        )
    kind = request.POST.get("kind", "post")
    try:
        adapter = adapter_for(model_for_kind(kind))
    except KeyError:
        return JsonResponse({"error": "Unknown kind of contribution."}, status=400)
    fields = {
        name: request.POST.get(name, "")[:MAX_FIELD_LENGTH] for name in adapter.checked_fields
    }
    feedback = run_draft_check(kind, fields, field_labels=adapter.field_labels)
    html = render_to_string(
        "moderation/includes/feedback.html",
        {"feedback": feedback, "heading": "What the check found"},
        request=request,
    )
    return JsonResponse({**feedback.to_dict(), "html": html})


@verified_email_required
def report(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Report a published post or comment: a reason in plain words and optional detail."""
    item = get_reportable_item(request.user, kind, pk)
    adapter = adapter_for(item)
    context: dict = {
        "item": item,
        "kind": kind,
        "label": adapter.label(item),
        "item_url": adapter.url(item),
    }
    already = Report.objects.for_content(item).filter(reporter=request.user).first()
    if already is not None:
        context["already"] = already
        return render(request, "moderation/report.html", context)
    if not can_report(request.user, item):
        context["not_allowed"] = True
        return render(request, "moderation/report.html", context, status=403)
    form = ReportForm(request.POST or None)
    context["form"] = form
    if request.method == "POST" and form.is_valid():
        allowance = check_hourly_limit(request.user, "reports")
        if allowance.reached:
            form.add_error(None, allowance.message)
            return render(request, "moderation/report.html", context, status=429)
        try:
            actions.report(
                item,
                reporter=request.user,
                reason=form.cleaned_data["reason"],
                detail=form.cleaned_data["detail"],
            )
        except DecisionRefused as refusal:
            messages.info(request, str(refusal))
        else:
            messages.success(
                request,
                "Thank you. A moderator will look at it, and we'll e-mail you what they decide.",
            )
        item.refresh_from_db()
        still_public = adapter.state(item) == ContentState.PUBLISHED
        return redirect(adapter.url(item) if still_public else "/")
    status = 400 if request.method == "POST" else 200
    return render(request, "moderation/report.html", context, status=status)


@verified_email_required
def appeal(request: HttpRequest, case_id: int) -> HttpResponse:
    """An author asks, once, for a different moderator to look at a return or rejection."""
    case = get_case_for_author(request.user, case_id)
    existing = getattr(case, "appeal", None)
    form = AppealForm(request.POST or None)
    context = {"case": case, "form": form, "existing": existing}
    if existing is None and case.can_be_appealed and request.method == "POST" and form.is_valid():
        try:
            actions.appeal(case, by=request.user, message=form.cleaned_data["message"])
        except DecisionRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(
                request, "Your appeal is with the moderators. We'll e-mail you the outcome."
            )
        return redirect("contributing:appeal", case_id=case.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "moderation/appeal_form.html", context, status=status)
