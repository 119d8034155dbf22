"""Reactions to allauth's account events.

Security events are logged by account id only: never an e-mail address, name or password
(ASVS 16.2-16.3).
"""

from __future__ import annotations

import logging
from typing import Any

from allauth.account.signals import (
    email_confirmed,
    password_changed,
    password_reset,
    user_signed_up,
)
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver

from accounts.trust import refresh_trust

security_log = logging.getLogger("accounts.security")


@receiver(user_logged_in)
def promote_on_login(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    """A member who has waited long enough since their approvals is promoted at next visit."""
    refresh_trust(user)
    security_log.info("Member %s logged in.", user.pk)


@receiver(user_login_failed)
def log_failed_login(sender: Any, credentials: dict[str, Any], **kwargs: Any) -> None:
    security_log.warning("A log-in attempt failed.")


@receiver(user_signed_up)
def log_sign_up(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    security_log.info("Member %s signed up (terms version %s).", user.pk, user.terms_version)


@receiver(email_confirmed)
def log_email_confirmed(sender: Any, request: Any, email_address: Any, **kwargs: Any) -> None:
    security_log.info("Member %s confirmed an e-mail address.", email_address.user_id)


@receiver(password_changed)
@receiver(password_reset)
def log_password_change(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    security_log.info("Member %s changed or reset their password.", user.pk)
