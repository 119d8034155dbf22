"""Who may do what in moderation, said once.

Moderation pages use ``accounts.decorators.moderator_required`` (anonymous → log in;
members → 404; moderators without two-factor → set it up). Object fetches for views go
through the helpers here: 404 for what the person may not see.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404
from django.shortcuts import get_object_or_404

from accounts.decorators import moderator_required
from moderation.models import Appeal, Case
from moderation.registry import ContentState, adapter_for, is_registered, model_for_kind

__all__ = [
    "can_report",
    "get_case_for_author",
    "get_case_for_moderator",
    "get_reportable_item",
    "moderator_required",
]


def is_verified_member(user: Any) -> bool:
    """Signed in, active, with a confirmed e-mail address."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    verified = getattr(user, "has_verified_email", None)
    if verified is None:
        from allauth.account.models import EmailAddress

        verified = EmailAddress.objects.filter(user=user, verified=True).exists()
    return bool(verified)


def can_report(user: Any, item: Any) -> bool:
    """Verified members may report published items they did not write."""
    if not is_verified_member(user) or item is None or not is_registered(type(item)):
        return False
    adapter = adapter_for(item)
    return adapter.state(item) == ContentState.PUBLISHED and adapter.author(item).pk != user.pk


def get_reportable_item(user: Any, kind: str, pk: int) -> Any:
    """The published item a member is reporting; 404 if there is no such item to report."""
    try:
        model = model_for_kind(kind)
    except KeyError as error:
        raise Http404("There is nothing of that kind to report.") from error
    item = get_object_or_404(model, pk=pk)
    if adapter_for(item).state(item) not in {ContentState.PUBLISHED, ContentState.HIDDEN}:
        raise Http404("That isn't published.")
    return item


def get_case_for_moderator(case_id: int) -> Case:
    """Any case, for a moderator (the view's decorator has checked who they are)."""
    return get_object_or_404(
        Case.objects.select_related("author", "decided_by", "escalated_to", "content_type"),
        pk=case_id,
    )


def get_case_for_author(user: Any, case_id: int) -> Case:
    """A case about the member's own words; 404 for anyone else's."""
    return get_object_or_404(Case.objects.select_related("decided_by"), pk=case_id, author=user)


def get_appeal_for_moderator(appeal_id: int) -> Appeal:
    return get_object_or_404(
        Appeal.objects.select_related("case", "case__decided_by", "appellant"), pk=appeal_id
    )
