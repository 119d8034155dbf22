"""Links from a finding to the guidance principle it applies.

The guidance app serves each principle at ``guidance:principle``; until its pages are
installed, links point at the address they will have. This is the one place that knows.
"""

from __future__ import annotations

from functools import lru_cache

from django.urls import NoReverseMatch, reverse


def principle_url(slug: str) -> str:
    """The site path of a principle's page."""
    try:
        return reverse("guidance:principle", kwargs={"slug": slug})
    except NoReverseMatch:
        return f"/guidance/principles/{slug}/"


@lru_cache(maxsize=1)
def _titles() -> dict[str, str]:
    # The guidance content files are the source of truth for principle titles; they are
    # read once per process. A broken file must not stop moderation, so fall back to slugs.
    try:
        from guidance.content_files import load_content

        return {principle.slug: principle.title for principle in load_content().principles}
    except Exception:  # any failure to read guidance just means no titles
        return {}


def principle_title(slug: str) -> str:
    """The principle's title, or a readable form of its slug when the title is unknown."""
    return _titles().get(slug) or slug.replace("-", " ").capitalize()


def known_principles() -> list[tuple[str, str]]:
    """(slug, title) for every principle in the guidance, for moderators to cite."""
    return sorted(_titles().items(), key=lambda item: item[0])
