"""Addresses of guidance pages, for other apps (moderation findings) to link to."""

from __future__ import annotations

from django.urls import reverse


def principle_url(slug: str) -> str:
    """The permanent address of a principle's page, e.g. ``/guidance/principles/nmc-.../``.

    No database query: the page itself says if the slug is unknown (404) or retired.
    """
    return reverse("guidance:principle", kwargs={"slug": slug})


def concern_url(slug: str) -> str:
    """The address of the page gathering what the codes say about one concern."""
    return reverse("guidance:concern", kwargs={"slug": slug})
