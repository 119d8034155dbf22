"""The moderation link and queue count in the navigation, for moderators only."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from django.db import transaction
from django.http import HttpRequest

from accounts.permissions import can_open_moderation, is_moderator


class ModerationNav:
    """Worked out only if a template asks, so other members' pages pay nothing for it."""

    def __init__(self, user: Any) -> None:
        self._user = user

    @cached_property
    def show(self) -> bool:
        # An error page rendered inside a failed transaction must not query the database.
        if self._user is None or transaction.get_connection().needs_rollback:
            return False
        return self._user.is_authenticated and is_moderator(self._user)

    @cached_property
    def count(self) -> int | None:
        """Items waiting, for moderators who can open the queue (two-factor set up)."""
        if not self.show or not can_open_moderation(self._user):
            return None
        from moderation.models import Case

        return Case.objects.pending().count()


def moderation(request: HttpRequest) -> dict[str, ModerationNav]:
    # Templates rendered outside the middleware (e-mails, say) have no user on the request.
    return {"moderation_nav": ModerationNav(getattr(request, "user", None))}
