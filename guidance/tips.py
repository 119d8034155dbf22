"""Choosing a few good-practice tips for the person who is writing."""

from __future__ import annotations

from django.db.models import Prefetch

from guidance.models import Principle, Tip

#: The bodies whose guidance binds or advises each profession, most authoritative first.
PROFESSION_BODIES: dict[str, tuple[str, ...]] = {
    "nurse": ("nmc", "rcn"),
    "psychologist": ("hcpc", "bps"),
    "occupational-therapist": ("hcpc",),
    "social-worker": ("social-work-england",),
    "doctor": ("gmc",),
    "peer-support-worker": ("nhs-employers",),
}

# How much each kind of match counts; a tip must match at least one way to be chosen.
_FOR_PROFESSION = 8
_FROM_PROFESSIONS_BODY = 4
_FOR_CAPACITY = 2
_FOR_EVERYONE = 1


def _audience_name(value: str | None) -> str:
    """Account choices use underscores (``lived_experience``); audiences use hyphens."""
    return (value or "").strip().lower().replace("_", "-")


def tips_for(capacity: str | None, profession: str | None = None, *, limit: int = 3) -> list[Tip]:
    """A few tips for someone writing in this capacity and profession, best first.

    A nurse sees tips built on NMC points first, a psychologist HCPC and BPS, a person with
    lived experience the house rules about their own personal details. Tips meant only for
    other groups (moderators, another profession) are never chosen. Two queries.
    """
    capacity_name = _audience_name(capacity)
    profession_name = _audience_name(profession)
    own_bodies = set(PROFESSION_BODIES.get(profession_name, ()))
    principles = Principle.objects.current().select_related("body")
    tips = Tip.objects.current().prefetch_related(Prefetch("principles", queryset=principles))

    scored: list[tuple[int, int, int, Tip]] = []
    for tip in tips:
        audience = set(tip.audience)
        score = 0
        if profession_name and profession_name in audience:
            score += _FOR_PROFESSION
        if own_bodies & {principle.body.slug for principle in tip.principles.all()}:
            score += _FROM_PROFESSIONS_BODY
        # Capacity counts only when the profession did not: a nurse's own tips come first.
        if capacity_name and capacity_name in audience and score < _FOR_PROFESSION:
            score += _FOR_CAPACITY
        if "all" in audience:
            score += _FOR_EVERYONE
        # A tip from the profession's bodies but aimed at someone else does not count alone.
        if score and (score != _FROM_PROFESSIONS_BODY or "practitioner" in audience):
            # Narrower audiences first among equals: they were written for this reader.
            scored.append((-score, len(audience), tip.order, tip))
    scored.sort(key=lambda item: item[:3])
    return [tip for *_key, tip in scored[:limit]]
