"""What members write, as far as accounts needs to know, without importing the apps that
hold it.

Apps whose models have an author register them here (from their AppConfig.ready()), the way
django-contrib-comments' moderator registry works. Accounts then uses the registry to:

- count approved contributions when deciding trust (`accounts.trust`),
- count recent ones for the hourly limits (`accounts.limits`),
- delete or anonymise them when a member deletes their account (`accounts.deletion`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import models
from django.db.models import Q, QuerySet


@dataclass(frozen=True)
class ContributionKind:
    """One kind of thing members write, e.g. posts."""

    name: str
    model: type[models.Model]
    author_field: str = "author"
    created_field: str = "created_at"
    approved: Q | None = None

    def by(self, user: Any) -> QuerySet:
        """Everything of this kind the member wrote."""
        return self.model._default_manager.filter(**{self.author_field: user})

    def approved_by(self, user: Any) -> QuerySet:
        """What of theirs counts as approved (published) for trust."""
        rows = self.by(user)
        return rows.filter(self.approved) if self.approved is not None else rows.none()


_kinds: dict[str, ContributionKind] = {}


def register_contribution_kind(
    name: str,
    model: type[models.Model],
    *,
    author_field: str = "author",
    created_field: str = "created_at",
    approved: Q | None = None,
) -> ContributionKind:
    """Tell accounts about a kind of contribution. `name` is plural: "posts", "comments".

    Registering also gives the kind an hourly limit under the same name (see
    `accounts.limits`), counted from `created_field`. Registering the same name again
    replaces the earlier entry, so a reloaded app config does no harm.
    """
    from accounts.limits import register_hourly_counter

    kind = ContributionKind(name, model, author_field, created_field, approved)
    _kinds[name] = kind
    register_hourly_counter(name, model, user_field=author_field, created_field=created_field)
    return kind


def contribution_kinds() -> list[ContributionKind]:
    """Every registered kind, in registration order."""
    return list(_kinds.values())


def count_approved(user: Any) -> int:
    """How many of the member's contributions, of every kind, have been approved."""
    return sum(kind.approved_by(user).count() for kind in _kinds.values())


def counts_for(user: Any) -> dict[str, int]:
    """How many of each kind the member has written, e.g. {"posts": 2, "comments": 7}."""
    return {kind.name: kind.by(user).count() for kind in _kinds.values()}
