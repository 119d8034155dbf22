""" "Download your data": everything the site holds about a member, as JSON.

Accounts writes the profile itself. Other apps add their sections without accounts importing
them, by registering an exporter from their AppConfig.ready()::

    from accounts.export import register_exporter
    register_exporter("posts", lambda user: [...])

An exporter takes the member and returns something `json` can write (dicts, lists, strings,
numbers, datetimes via DjangoJSONEncoder).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

Exporter = Callable[[Any], Any]

_exporters: dict[str, Exporter] = {}

# Sections accounts fills itself; another app may not take these names.
_OWN_SECTIONS = {"exported_at", "site", "profile", "email_addresses", "two_factor"}


def register_exporter(name: str, exporter: Exporter) -> None:
    """Add a section called `name` to every member's export."""
    if name in _OWN_SECTIONS:
        raise ValueError(f"{name!r} is a section accounts writes itself.")
    _exporters[name] = exporter


def registered_section_titles() -> list[str]:
    """The sections other apps add, in words: "posts", "moderation decisions"."""
    return [name.replace("_", " ") for name in _exporters]


def _profile(user: Any) -> dict[str, Any]:
    return {
        "email": user.email,
        "display_name": user.display_name,
        "handle": user.handle,
        "profile_url": f"{settings.SITE_URL}{user.get_absolute_url()}",
        "capacity": user.get_capacity_display(),
        "profession": user.get_profession_display() if user.profession else "",
        "regulator": user.get_regulator_display() if user.regulator else "",
        "show_profession": user.show_profession,
        "bio": user.bio,
        "trust_level": user.get_trust_level_display(),
        "joined": user.date_joined,
        "last_login": user.last_login,
        "terms_version_accepted": user.terms_version,
        "terms_accepted_at": user.terms_accepted_at,
        "email_preferences": {
            "decisions_on_what_i_write": user.notify_decisions,
            "comments_on_my_posts": user.notify_comments,
        },
        "groups": sorted(group.name for group in user.groups.all()),
    }


def build_export(user: Any) -> dict[str, Any]:
    """Everything held about `user`, as one JSON-ready dict."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    data: dict[str, Any] = {
        "exported_at": timezone.now(),
        "site": settings.SITE_URL,
        "profile": _profile(user),
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("-primary", "email")
        ],
        # Which kinds of two-factor are set up, never the secrets themselves.
        "two_factor": {
            "methods": sorted(
                Authenticator.objects.filter(user=user).values_list("type", flat=True)
            )
        },
    }
    for name, exporter in _exporters.items():
        data[name] = exporter(user)
    return data


def export_as_json(user: Any) -> str:
    """The export as indented JSON text."""
    return json.dumps(build_export(user), cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)
