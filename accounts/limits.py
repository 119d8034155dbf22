"""Per-member hourly limits on posts, comments and reports, counted from the database.

The numbers come from `settings.HOURLY_LIMITS` (one entry per action; 0 turns a limit off).
What to count comes from registration: contribution kinds register themselves through
`accounts.contributions`; anything else (reader reports, say) calls `register_hourly_counter`.

A view asks before saving and, when the limit is reached, shows the form again with the
person's text intact and `allowance.message` explaining when they can send it::

    allowance = check_hourly_limit(request.user, "comments")
    if allowance.reached:
        form.add_error(None, allowance.message)
        return render(..., status=429)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.utils import timezone

WINDOW = timedelta(hours=1)

# How each action reads in a sentence: (one, many, verb in the past tense).
_WORDS = {
    "posts": ("post", "posts", "started"),
    "comments": ("comment", "comments", "posted"),
    "reports": ("report", "reports", "sent"),
}


@dataclass(frozen=True)
class _Counter:
    model: type[models.Model]
    user_field: str
    created_field: str


_counters: dict[str, _Counter] = {}


def register_hourly_counter(
    action: str, model: type[models.Model], *, user_field: str, created_field: str
) -> None:
    """Count `action` as rows of `model` whose `user_field` is the member, by `created_field`."""
    _counters[action] = _Counter(model, user_field, created_field)


@dataclass(frozen=True)
class HourlyAllowance:
    """Where a member stands against one hourly limit."""

    action: str
    limit: int
    used: int
    next_free_at: datetime | None

    @property
    def reached(self) -> bool:
        return self.limit > 0 and self.used >= self.limit

    @property
    def message(self) -> str:
        """A kind explanation for the person, saying when they can try again."""
        one, many, verb = _WORDS.get(self.action, (self.action, self.action, "sent"))
        noun = one if self.limit == 1 else many
        when = "in a little while"
        if self.next_free_at is not None:
            when = f"after {timezone.localtime(self.next_free_at):%H:%M}"
        return (
            f"You've {verb} {self.limit} {noun} in the last hour, which is as many as we take "
            f"from one person in an hour. Nothing you wrote has been lost: it's still here. "
            f"You can send it {when}."
        )


def limit_for(action: str) -> int:
    """The configured hourly limit for `action` (0 means no limit)."""
    try:
        return int(settings.HOURLY_LIMITS[action])
    except KeyError as error:
        raise ImproperlyConfigured(
            f"settings.HOURLY_LIMITS has no entry for {action!r}."
        ) from error


def check_hourly_limit(user: Any, action: str, *, now: datetime | None = None) -> HourlyAllowance:
    """How many `action`s the member did in the last hour, against the limit."""
    limit = limit_for(action)
    if limit <= 0:
        return HourlyAllowance(action, limit, 0, None)
    try:
        counter = _counters[action]
    except KeyError as error:
        raise ImproperlyConfigured(
            f"Nothing counts {action!r} for the hourly limit: call "
            "accounts.limits.register_hourly_counter() from the owning app's ready()."
        ) from error
    now = now or timezone.now()
    recent = list(
        counter.model._default_manager.filter(
            **{counter.user_field: user, f"{counter.created_field}__gt": now - WINDOW}
        )
        .order_by(f"-{counter.created_field}")
        .values_list(counter.created_field, flat=True)[:limit]
    )
    # When the limit is reached, the oldest of the `limit` newest rows is the one that has to
    # leave the window before another is allowed.
    next_free_at = recent[-1] + WINDOW if len(recent) >= limit else None
    return HourlyAllowance(action, limit, len(recent), next_free_at)
