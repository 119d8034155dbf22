"""Helpers for driving account flows through the test client."""

from __future__ import annotations

import re

from django.core import mail

from tests.conftest import PASSWORD

CONFIRMATION_LINK = re.compile(r"https?://\S+/accounts/confirm-email/\S+/")


def signup_data(**overrides: str) -> dict[str, str]:
    """What a person fills in to join as a practitioner; override any field."""
    data = {
        "display_name": "Wren Okonkwo-Blythe",
        "email": "wren.ob@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "capacity": "practitioner",
        "profession": "occupational_therapist",
        "regulator": "hcpc",
        "accept_terms": "on",
    }
    data.update(overrides)
    return data


def confirmation_link_from_outbox(address: str) -> str:
    """The confirmation link in the newest e-mail sent to `address`."""
    for message in reversed(mail.outbox):
        if address in message.to:
            match = CONFIRMATION_LINK.search(message.body)
            assert match, message.body
            return match.group(0)
    raise AssertionError(f"No e-mail was sent to {address}.")


def log_in_and_confirm_password(client, user) -> None:
    """Log in through the form, then confirm the password again as allauth asks before
    two-factor changes (a fresh log-in does not count as re-authentication)."""
    from django.urls import reverse

    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    response = client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert response.status_code == 302, response
