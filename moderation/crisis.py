"""UK crisis contacts to show at once when someone may be at risk.

They come from the guidance app's tables (loaded from guidance/content/crisis.toml), or from
that file itself before it is loaded. If neither can be read, a short built-in list is used:
showing people where to get help must never fail.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Contact:
    """One service, as the crisis box shows it."""

    name: str
    phone: str = ""
    text: str = ""
    note: str = ""
    hours: str = ""

    @property
    def phone_href(self) -> str:
        return "tel:" + self.phone.replace(" ", "") if self.phone else ""


FALLBACK_CONTACTS: tuple[Contact, ...] = (
    Contact("Emergency services", "999", note="Or go to A&E.", hours="24 hours a day"),
    Contact("Samaritans", "116 123", note="Free, any time.", hours="24 hours a day"),
    Contact("Shout", text="Text SHOUT to 85258", hours="24 hours a day"),
    Contact("NHS 111", "111", note="Choose the mental health option.", hours="24 hours a day"),
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
        Contact(name=row.name, phone=row.phone, text=row.text, note=row.phone_note, hours=row.hours)
        for row in rows
        if row.crisis_line and row.last_verified is not None
    )


_from_files: list[Contact] = []


def _from_content_files() -> tuple[Contact, ...]:
    # Read once per process; a failure is not remembered, so a fixed file is picked up.
    if not _from_files:
        try:
            from guidance.content_files import load_content

            _from_files.extend(
                Contact(
                    name=contact.name,
                    phone=contact.phone,
                    text=contact.text,
                    note=contact.phone_note,
                    hours=contact.hours,
                )
                for contact in load_content().crisis_contacts
                if contact.crisis_line and contact.is_verified
            )
        except Exception:  # a content problem must never hide the help
            return ()
    return tuple(_from_files)
