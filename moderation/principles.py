"""Links from a finding to the guidance principle it applies: the one place moderation asks.

Addresses come from the guidance app (``guidance.links``); titles from the guidance content
files, read once per process, so that listing findings costs no database queries.
"""

from __future__ import annotations

from guidance import links


def principle_url(slug: str) -> str:
    """The site path of a principle's page."""
    return links.principle_url(slug)


_cached_titles: dict[str, str] = {}


def _titles() -> dict[str, str]:
    # The guidance content files are the source of truth for principle titles; they are
    # read once per process. A broken file must not stop moderation, so fall back to slugs
    # (and try again next time rather than remembering the failure).
    if not _cached_titles:
        try:
            from guidance.content_files import load_content

            _cached_titles.update(
                (principle.slug, principle.title) for principle in load_content().principles
            )
        except Exception:  # any failure to read guidance just means no titles for now
            return {}
    return _cached_titles


def principle_title(slug: str) -> str:
    """The principle's title, or a readable form of its slug when the title is unknown."""
    return _titles().get(slug) or slug.replace("-", " ").capitalize()


def known_principles() -> list[tuple[str, str]]:
    """(slug, title) for every principle in the guidance, for moderators to cite."""
    return sorted(_titles().items(), key=lambda item: item[0])
