"""Template tags that put moderation into other apps' pages without those apps knowing how.

- ``{% crisis_contacts %}``: the UK crisis lines, for anyone who may be at risk.
- ``{% author_notice item %}``: for an item's author, what moderation made of it and why.
- ``{% report_control item %}``: the Report link, for members who may report the item.
- ``{{ slug|principle_url }}`` and ``{{ slug|principle_title }}``: links to the guidance.
"""

from __future__ import annotations

from typing import Any

from django import template

from moderation import principles
from moderation.access import can_report
from moderation.crisis import crisis_contacts as load_crisis_contacts
from moderation.models import Case, CaseState
from moderation.registry import ContentState, adapter_for, is_registered

register = template.Library()


@register.inclusion_tag("includes/crisis_contacts.html")
def crisis_contacts(heading: str = "If you need to talk to someone now") -> dict[str, Any]:
    return {"contacts": load_crisis_contacts(), "heading": heading}


@register.filter
def principle_url(slug: str) -> str:
    return principles.principle_url(slug)


@register.filter
def principle_title(slug: str) -> str:
    return principles.principle_title(slug)


@register.inclusion_tag("moderation/includes/author_notice.html", takes_context=True)
def author_notice(context: template.Context, item: Any) -> dict[str, Any]:
    """What the author of an unpublished item needs to know: where it is, and why."""
    user = context.get("user")
    empty: dict[str, Any] = {"case": None}
    if item is None or not is_registered(type(item)) or user is None:
        return empty
    adapter = adapter_for(item)
    if not user.is_authenticated or adapter.author(item).pk != user.pk:
        return empty
    state = adapter.state(item)
    if state in {ContentState.PUBLISHED, ContentState.DRAFT}:
        return empty
    case = (
        Case.objects.for_content(item)
        .exclude(state=CaseState.CLOSED)
        .select_related("decided_by")
        .order_by("-created_at", "-id")
        .first()
    )
    if case is None:
        return empty
    from moderation.feedback import build_feedback

    feedback = build_feedback(
        decision=case.checker_decision,
        findings=case.findings,
        notes=case.notes,
        fields=case.snapshot,
        field_labels=adapter.field_labels,
        suggested_content_warning=case.suggested_content_warning,
        shows_crisis_contacts=case.shows_crisis_contacts,
        anchor_prefix=f"notice-{case.pk}",
    )
    return {
        "case": case,
        "item": item,
        "kind": adapter.kind,
        "state": state,
        "feedback": feedback,
        "edit_url": adapter.edit_url(item),
        "appeal": getattr(case, "appeal", None) if case.can_be_appealed else None,
        "hidden": state == ContentState.HIDDEN,
        "request": context.get("request"),
    }


@register.inclusion_tag("moderation/includes/report_control.html", takes_context=True)
def report_control(context: template.Context, item: Any) -> dict[str, Any]:
    """A Report link for signed-in, verified members who did not write the item."""
    user = context.get("user")
    if item is None or not is_registered(type(item)) or not can_report(user, item):
        return {"item": None}
    adapter = adapter_for(item)
    return {"item": item, "kind": adapter.kind, "label": adapter.label(item)}
