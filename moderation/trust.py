"""How an author's trust level bears on moderation (trust itself belongs to accounts)."""

from __future__ import annotations

from typing import Any


def needs_review(user: Any) -> bool:
    """True when a moderator should read this member's contributions before they go live."""
    flag = getattr(user, "needs_review", None)
    if flag is not None:
        return bool(flag)
    return getattr(user, "trust_level", "new") == "new"


def refresh_trust(user: Any) -> None:
    """Let accounts re-assess the member's trust after a moderator's decision."""
    try:
        from accounts.trust import refresh_trust as accounts_refresh_trust
    except ImportError:
        return
    accounts_refresh_trust(user)
