"""E-mails to members about what happens to their words, sent only if they asked for them.

Other apps call `notify_member`; it checks the member's preference and that their address is
verified, then sends `<template_prefix>_subject.txt` and `<template_prefix>_message.txt`
through allauth's adapter (so the subject prefix, sender and site context are the same as
every other e-mail)::

    notify_member(post.author, Notice.DECISIONS, "moderation/email/post_returned",
                  {"post": post, "note": note})
"""

from __future__ import annotations

from typing import Any

from django.db import models


class Notice(models.TextChoices):
    """The kinds of e-mail a member can turn on or off in their settings."""

    DECISIONS = "decisions", "Moderators' decisions on what I write"
    COMMENTS = "comments", "Comments on my posts"


_PREFERENCE_FIELD = {Notice.DECISIONS: "notify_decisions", Notice.COMMENTS: "notify_comments"}


def wants_email(user: Any, notice: Notice | str) -> bool:
    """True if the member is active and has this kind of e-mail turned on."""
    field = _PREFERENCE_FIELD[Notice(notice)]
    return bool(user.is_active and not user.is_former_member and getattr(user, field))


def notify_member(
    user: Any, notice: Notice | str, template_prefix: str, context: dict[str, Any]
) -> bool:
    """Send the e-mail if the member wants it and has a verified address. True if sent."""
    from allauth.account.adapter import get_adapter
    from allauth.account.models import EmailAddress

    if not wants_email(user, notice):
        return False
    address = EmailAddress.objects.filter(user=user, verified=True, primary=True).first()
    if address is None:
        return False
    get_adapter().send_mail(template_prefix, address.email, {"user": user, **context})
    return True
