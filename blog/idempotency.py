"""One post or comment per submitted form, however many times the form is sent.

Every post and comment form carries a hidden random token, made when the form is shown. The
first time a member sends it, the token is stored with what it created; a database
constraint (one token per author) refuses a second row, even when two copies of the form
arrive at the same moment on different app servers. A copy that arrives later finds the
first and is shown it, instead of creating a duplicate.

The same form sent again with different words (the Back button, then an edit) is a new
submission, not a copy: it is saved as usual, just without the token.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from typing import Any

from django.contrib import messages
from django.db import IntegrityError, models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect


class AlreadySubmitted(Exception):
    """This form was sent before: `earlier` is what it created."""

    def __init__(self, earlier: models.Model) -> None:
        super().__init__(f"Already submitted as {earlier!r}")
        self.earlier = earlier


def new_token() -> uuid.UUID:
    return uuid.uuid4()


def _earlier(model: type[models.Model], author: Any, token: uuid.UUID) -> Any:
    return model._default_manager.filter(author=author, submission_token=token).first()


def token_to_store(
    model: type[models.Model], author: Any, token: uuid.UUID | None, body: str
) -> uuid.UUID | None:
    """The token to save with a new post or comment, or None to save it without one.

    Raises AlreadySubmitted if this member already sent these same words with this token.
    """
    if token is None:
        return None
    earlier = _earlier(model, author, token)
    if earlier is None:
        return token
    if earlier.body == body:
        raise AlreadySubmitted(earlier)
    return None


@contextlib.contextmanager
def refusing_copies(
    model: type[models.Model], author: Any, token: uuid.UUID | None
) -> Iterator[None]:
    """Wrap the transaction that saves: a copy that won a race to the database wins.

    Two copies sent at once both pass `token_to_store`; the database lets one insert and
    refuses the other, which is turned into AlreadySubmitted here. Put this outside
    `transaction.atomic()`, so the lookup runs after the failed transaction has rolled back.
    """
    try:
        yield
    except IntegrityError:
        earlier = _earlier(model, author, token) if token else None
        if earlier is None:
            raise
        raise AlreadySubmitted(earlier) from None


def show_earlier(request: HttpRequest, earlier: Any) -> HttpResponse:
    """Send the member to what their first copy of the form created."""
    kind = earlier._meta.verbose_name
    messages.info(request, f"That {kind} had already been sent, so it was saved only once.")
    if kind == "post" and earlier.status != "published":
        return redirect("blog:post_edit", slug=earlier.slug)
    return redirect(earlier)
