"""Pages and endpoints for contributors: what they can ask of moderation themselves."""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.views.decorators.http import require_POST

from moderation.actions import check_draft as run_draft_check
from moderation.registry import adapter_for, model_for_kind

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
