"""Content types that want moderation register here, so that moderation never imports them.

An app calls ``register(Model, Adapter())`` from its ``AppConfig.ready()``. The adapter tells
moderation what it needs to know about one kind of content — its kind ("post", "comment"), the
fields to check, its author, where it lives, a short label — and carries out moderation's
outcomes through the content's own guarded state changes. Moderation speaks only in
``ContentState``; the adapter maps those to the app's own statuses.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from django.db import models
from django.db.models.signals import post_delete


class ContentState(models.TextChoices):
    """Where a piece of content is, in moderation's own words."""

    DRAFT = "draft", "Draft"
    PENDING = "pending", "Waiting for a moderator"
    PUBLISHED = "published", "Published"
    RETURNED = "returned", "Returned to the author"
    REJECTED = "rejected", "Rejected"
    HIDDEN = "hidden", "Hidden while it is reviewed"


#: States from which an author may submit (or resubmit) their words.
SUBMITTABLE = frozenset(
    {ContentState.DRAFT, ContentState.RETURNED, ContentState.PUBLISHED, ContentState.PENDING}
)


class ContentRefused(Exception):
    """The content was not in a state that allows the change (someone else moved it)."""


class AlreadyRegistered(Exception):
    """A model was registered with moderation twice."""


class ModerationAdapter:
    """What moderation needs from one kind of content. Subclass it in the content's app.

    ``kind`` and ``checked_fields`` are required; ``state`` and ``move`` must be written for
    the app's own status field. The other methods have defaults that suit most models.
    """

    kind: ClassVar[str] = ""
    #: The text fields the checker reads, in the order they are shown.
    checked_fields: ClassVar[tuple[str, ...]] = ()
    #: How each field is named to people ("title" → "Title").
    field_labels: ClassVar[dict[str, str]] = {}

    def fields(self, obj: Any) -> dict[str, str]:
        """The text of each checked field."""
        return {name: getattr(obj, name) or "" for name in self.checked_fields}

    def author(self, obj: Any) -> Any:
        """The member who wrote it."""
        return obj.author

    def url(self, obj: Any) -> str:
        """Where the content is read (its author can see it there in any state)."""
        return obj.get_absolute_url()

    def edit_url(self, obj: Any) -> str | None:
        """Where its author changes it, if there is such a page."""
        return None

    def label(self, obj: Any) -> str:
        """A short name for lists and e-mails."""
        return str(obj)

    def state(self, obj: Any) -> ContentState:
        """Where the content is now, in moderation's words."""
        raise NotImplementedError

    def move(self, obj: Any, to: ContentState, *, allowed_from: Iterable[ContentState]) -> None:
        """Change the content's state through its own guarded method.

        Must raise ``ContentRefused`` when the content is not in one of ``allowed_from``.
        """
        raise NotImplementedError

    def replace_text(self, obj: Any, fields: dict[str, str]) -> None:
        """Save a moderator's edit of the checked fields (used by edit-then-approve)."""
        for name, value in fields.items():
            if name in self.checked_fields:
                setattr(obj, name, value)
        obj.save()

    def field_label(self, name: str) -> str:
        return self.field_labels.get(name, name.replace("_", " ").capitalize())


_by_model: dict[type[models.Model], ModerationAdapter] = {}
_by_kind: dict[str, type[models.Model]] = {}


def register(model: type[models.Model], adapter: ModerationAdapter) -> None:
    """Put a model under moderation. Call once, from the owning app's ``ready()``."""
    if not adapter.kind or not adapter.checked_fields:
        raise ValueError("A moderation adapter needs a kind and at least one checked field.")
    if model in _by_model or adapter.kind in _by_kind:
        raise AlreadyRegistered(f"{model.__name__} ({adapter.kind}) is already registered.")
    _by_model[model] = adapter
    _by_kind[adapter.kind] = model
    post_delete.connect(
        _content_deleted, sender=model, dispatch_uid=f"moderation-deleted-{adapter.kind}"
    )


def is_registered(model: type[models.Model]) -> bool:
    return model in _by_model


def adapter_for(obj_or_model: Any) -> ModerationAdapter:
    """The adapter for a registered model or one of its instances (KeyError if none)."""
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    return _by_model[model]


def model_for_kind(kind: str) -> type[models.Model]:
    """The model registered under a kind such as "post" (KeyError if none)."""
    return _by_kind[kind]


def kinds() -> list[str]:
    """Every registered kind, in registration order."""
    return list(_by_kind)


def _content_deleted(sender: type[models.Model], instance: Any, **kwargs: Any) -> None:
    # An author deleting their words closes any review of them; the audit trail stays.
    from django.db import transaction

    from moderation.actions import _tell
    from moderation.models import Case
    from moderation.notifications import notify_reporters

    for case in Case.objects.close_for_deleted(instance):
        # Only once the deletion has really happened are the reporters told.
        transaction.on_commit(lambda case=case: _tell(notify_reporters, case))
