"""Deleting a member's account, with their contributions deleted or anonymised.

Anonymised contributions stay where they are but belong to the single "Former member"
placeholder account, so nothing links them to the person any more. Either way the member's
own row goes, and with it (by cascade) their e-mail addresses, two-factor devices and
everything else that points at them.

Apps that keep other records about a member (moderation notes, reports they made) listen to
`account_deleting`, sent inside the same transaction just before the member's row is deleted,
and remove or anonymise what they hold::

    from accounts.deletion import account_deleting

    @receiver(account_deleting)
    def forget_member(sender, user, choice, placeholder, **kwargs): ...

`placeholder` is the Former member account when `choice` is "anonymise", else None.
"""

from __future__ import annotations

import logging
from typing import Any

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.dispatch import Signal

from accounts.contributions import contribution_kinds, counts_for
from accounts.models import DeletionLog, User

logger = logging.getLogger("accounts.deletion")

account_deleting = Signal()

Choice = DeletionLog.Choice


def delete_account(user: Any, choice: Choice | str) -> DeletionLog:
    """Delete `user`, deleting or anonymising their contributions; log it without personal data.

    All or nothing: if any step fails, nothing is deleted.
    """
    choice = Choice(choice)
    if user.is_former_member:
        raise ValueError("The Former member placeholder can't be deleted this way.")
    with transaction.atomic():
        # Counted before anything moves: deleting posts also deletes comments on them.
        counts = counts_for(user)
        placeholder = User.objects.former_member() if choice == Choice.ANONYMISE else None
        for kind in contribution_kinds():
            rows = kind.by(user)
            if placeholder is not None:
                rows.update(**{kind.author_field: placeholder})
            else:
                # Explicit rather than by cascade, so it happens whatever on_delete says.
                rows.delete()
        account_deleting.send(sender=User, user=user, choice=choice, placeholder=placeholder)
        # The admin's history names the account in `object_repr`; entries the member made
        # themselves go with them by cascade.
        LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(User), object_id=str(user.pk)
        ).delete()
        user.delete()
        log = DeletionLog.objects.create(choice=choice, counts=counts)
    logger.info("An account was deleted (%s): %s", choice, counts)
    return log
