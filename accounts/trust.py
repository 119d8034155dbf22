"""When a new member becomes established.

A member starts as `new`: the moderation work holds their contributions for a moderator.
They become `established` once they have had enough contributions approved
(`TRUST_ESTABLISHED_AFTER_CONTRIBUTIONS`) and have been a member long enough
(`TRUST_ESTABLISHED_AFTER_DAYS`). A moderator's own choice of level always wins: automatic
promotion stops for that member (see `User.set_trust_level`).

Call `refresh_trust(user)` after approving something of theirs; it also runs at each log-in
and from `manage.py refresh_trust`, so the days part is noticed even without new approvals.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.utils import timezone

from accounts.contributions import count_approved
from accounts.models import TrustLevel


def is_eligible_for_established(user: Any) -> bool:
    """True when the member meets both the time and the approved-contributions thresholds."""
    joined_long_enough = timezone.now() - user.date_joined >= timedelta(
        days=settings.TRUST_ESTABLISHED_AFTER_DAYS
    )
    return (
        joined_long_enough
        and count_approved(user) >= settings.TRUST_ESTABLISHED_AFTER_CONTRIBUTIONS
    )


def refresh_trust(user: Any) -> bool:
    """Promote a new member who now qualifies. Returns True if they were promoted."""
    if (
        user is None
        or not user.is_active
        or user.trust_level != TrustLevel.NEW
        or user.trust_level_set_by_moderator
    ):
        return False
    if not is_eligible_for_established(user):
        return False
    user.set_trust_level(TrustLevel.ESTABLISHED, by_moderator=False)
    return True
