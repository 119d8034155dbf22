"""UK crisis contacts to show at once when someone may be at risk.

They come from the guidance app's tables (loaded from guidance/content/crisis.toml), or from
that file itself before it is loaded. If neither can be read, a short built-in list is used:
showing people where to get help must never fail.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Contact:
    """One service, as the crisis box shows it."""

    name: str
    how: str
    phone: str = ""
    hours: str = ""


FALLBACK_CONTACTS: tuple[Contact, ...] = (
    Contact("Samaritans", "Call 116 123, free, any time.", "116123", "24 hours a day"),
    Contact("Shout", "Text SHOUT to 85258, free, any time.", "", "24 hours a day"),
    Contact("NHS 111", "Call 111 and choose the mental health option.", "111", "24 hours a day"),
    Contact(
        "Emergency services",
        "If a life is at risk now, call 999 or go to A&E.",
        "999",
        "24 hours a day",
    ),
)


def crisis_contacts() -> tuple[Contact, ...]:
    """The crisis lines to show, emergency first: from the guidance tables when loaded."""
    return _from_database() or _from_content_files() or FALLBACK_CONTACTS


def _from_database() -> tuple[Contact, ...]:
    from django.apps import apps

    try:
        model = apps.get_model("guidance", "CrisisContact")
    except LookupError:
        return ()
    manager = model._default_manager
    rows = manager.current() if hasattr(manager, "current") else manager.all()
    return tuple(
        Contact(
            name=row.name,
            how=_how(row.phone, row.text, row.phone_note),
            phone=row.phone.replace(" ", ""),
            hours=row.hours,
        )
        for row in rows
        if row.crisis_line and row.last_verified is not None
    )


@lru_cache(maxsize=1)
def _from_content_files() -> tuple[Contact, ...]:
    try:
        from guidance.content_files import load_content

        contacts = tuple(
            Contact(
                name=contact.name,
                how=_how(contact.phone, contact.text, contact.phone_note),
                phone=contact.phone.replace(" ", ""),
                hours=contact.hours,
            )
            for contact in load_content().crisis_contacts
            if contact.crisis_line and contact.is_verified
        )
    except Exception:  # a content problem must never hide the help
        return ()
    return contacts


def _how(phone: str, text: str, note: str) -> str:
    parts = []
    if phone:
        parts.append(f"Call {phone}.")
    if text:
        parts.append(f"{text}.")
    if note:
        parts.append(note)
    return " ".join(parts)
