"""The nine concerns of MODERATION.md, in the words the site uses for them.

The slugs are the contract with the checker and the guidance content; the labels here are
how the moderation pages and the report form say them to people.
"""

from __future__ import annotations

from django.db import models


class Concern(models.TextChoices):
    """Every concern a finding or a report can name, safeguarding first."""

    SAFEGUARDING = "safeguarding", "Safeguarding"
    IDENTIFIABLE_INFORMATION = "identifiable-information", "Identifiable information"
    CONFIDENTIAL_INFORMATION = "confidential-information", "Confidential information"
    PERSONAL_DETAILS = "personal-details", "Personal details"
    OFFENSIVE_CONTENT = "offensive-content", "Offensive content"
    PERSONAL_ATTACK = "personal-attack", "Personal attack"
    PROFESSIONAL_BOUNDARIES = "professional-boundaries", "Professional boundaries"
    CLINICAL_ADVICE = "clinical-advice", "Individual clinical advice"
    SPAM = "spam", "Spam or advertising"


#: How a reader picks a reason when reporting something: the concern in plain words.
REPORT_REASONS: dict[str, str] = {
    Concern.SAFEGUARDING: "Someone may be at risk of harm, or be in danger",
    Concern.IDENTIFIABLE_INFORMATION: (
        "It could identify a patient, service user, carer or someone else in care"
    ),
    Concern.CONFIDENTIAL_INFORMATION: "It shares something confidential or internal",
    Concern.PERSONAL_DETAILS: "It shares someone's private contact details or address",
    Concern.OFFENSIVE_CONTENT: "It is offensive, sexual or full of strong swearing",
    Concern.PERSONAL_ATTACK: "It attacks, mocks or demeans a person",
    Concern.PROFESSIONAL_BOUNDARIES: "A professional is crossing a line with a service user",
    Concern.CLINICAL_ADVICE: "It tells a particular person what to do about their treatment",
    Concern.SPAM: "It is spam, advertising or a scam",
}

#: The principle a concern cites when nothing more specific is said (see notes/slugs.md).
MAIN_PRINCIPLE: dict[str, str] = {
    Concern.SAFEGUARDING: "sam-imminent-risk",
    Concern.IDENTIFIABLE_INFORMATION: "hcpc-identify-service-user",
    Concern.CONFIDENTIAL_INFORMATION: "nmc-confidential-info",
    Concern.PERSONAL_DETAILS: "house-your-personal-details",
    Concern.OFFENSIVE_CONTENT: "hcpc-offensive-material",
    Concern.PERSONAL_ATTACK: "gmc-no-unsubstantiated-attacks",
    Concern.PROFESSIONAL_BOUNDARIES: "hcpc-professional-boundaries",
    Concern.CLINICAL_ADVICE: "house-no-individual-clinical-advice",
    Concern.SPAM: "house-no-advertising",
}

_ORDER = {concern.value: index for index, concern in enumerate(Concern)}


def concern_label(slug: str) -> str:
    """The display name of a concern; a moderator's own watched-term concern shows as typed."""
    try:
        return Concern(slug).label
    except ValueError:
        return slug.replace("-", " ").capitalize()


def ordered_concerns(slugs: object) -> list[str]:
    """De-duplicate concern slugs and put them in the order people read them."""
    unique = {str(slug) for slug in slugs or ()}  # type: ignore[union-attr]
    return sorted(unique, key=lambda slug: (_ORDER.get(slug, len(_ORDER)), slug))
