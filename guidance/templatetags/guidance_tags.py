"""Template helpers for linking to guidance: ``{% load guidance_tags %}``.

- ``{% principle_url "hcpc-identify-service-user" %}`` or ``{{ slug|principle_url }}``: the
  principle's permanent address (no query).
- ``{% principle_link slug %}``: a link whose text is the principle's title (one query).
- ``{% compose_tips user %}``: a few tips chosen for the writer, for the compose page.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import format_html

from guidance import links
from guidance.models import Principle
from guidance.tips import tips_for

register = template.Library()


@register.simple_tag(name="principle_url")
def principle_url_tag(slug: str) -> str:
    return links.principle_url(slug)


@register.filter(name="principle_url")
def principle_url_filter(slug: str) -> str:
    return links.principle_url(slug)


@register.simple_tag
def principle_link(slug: str) -> str:
    """``<a href="/guidance/principles/slug/">Title</a>``; the bare slug if it is unknown."""
    principle = Principle.objects.filter(slug=slug).only("title").first()
    title = principle.title if principle else slug
    return format_html('<a href="{}">{}</a>', links.principle_url(slug), title)


@register.inclusion_tag("guidance/_compose_tips.html")
def compose_tips(user: Any, limit: int = 3) -> dict[str, Any]:
    """Tips for whoever is writing, from their ``capacity`` and ``profession`` if they have them."""
    capacity = getattr(user, "capacity", "") or ""
    profession = getattr(user, "profession", "") or ""
    return {"tips": tips_for(capacity, profession, limit=limit)}
