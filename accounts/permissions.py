"""Roles are data: the one place that says who may moderate.

Being a moderator means holding the `accounts.moderate` permission, which the `moderators`
group (created by a data migration) grants. Moderation pages also need two-factor
authentication to be set up; `can_open_moderation` says both at once.
"""

from __future__ import annotations

from typing import Any

MODERATORS_GROUP = "moderators"
MODERATE_PERMISSION = "accounts.moderate"


def is_moderator(user: Any) -> bool:
    """True for a signed-in, active member who holds the moderate permission."""
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and user.has_perm(MODERATE_PERMISSION)
    )


def has_two_factor(user: Any) -> bool:
    """True when the member has an authenticator app (TOTP) set up with allauth MFA."""
    if user is None or not user.is_authenticated:
        return False
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def can_open_moderation(user: Any) -> bool:
    """Moderators with two-factor set up may open moderation pages."""
    return is_moderator(user) and has_two_factor(user)
