"""Steps several journeys share: signing in (with two-factor for moderators), e-mail links."""

from __future__ import annotations

import re

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from playwright.sync_api import Locator, Page, expect

from tests.e2e.harness import Visit

PASSWORD = "a long and unguessable test passphrase"
TOTP_PERIOD = 30


def field(page: Page, label: str) -> Locator:
    """The form field labelled exactly `label` (a required field's label ends with "*")."""
    return page.get_by_label(re.compile(rf"^\s*{re.escape(label)}\s*\*?\s*$"))


def sign_in(visit: Visit, email: str, password: str = PASSWORD, *, audit: bool = False) -> Page:
    """Sign in through the real form, from the "Log in" link every page has."""
    page = visit.page
    visit.go("/")
    page.get_by_role("link", name="Log in").click()
    if audit:
        visit.audit("log-in")
    field(page, "Email").fill(email)
    field(page, "Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    return page


def authenticator_code(secret: str, *, now: float | None = None) -> str:
    """The six digits an authenticator app shows for `secret` at `now` (RFC 6238)."""
    import time

    counter = int((time.time() if now is None else now) // TOTP_PERIOD)
    return format_hotp_value(hotp_value(secret, counter))


def link_in_last_email(to: str) -> str:
    """The first web address in the newest e-mail sent to `to` (the locmem outbox)."""
    sent = [message for message in mail.outbox if to in message.to]
    assert sent, f"No e-mail was sent to {to}; the outbox has {len(mail.outbox)}"
    found = re.search(r"https?://\S+", sent[-1].body)
    assert found, f"No link in the e-mail to {to}:\n{sent[-1].body}"
    return found.group(0)


def expect_heading(page: Page, text: str | re.Pattern[str]) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text(text)


def sign_in_with_two_factor(visit: Visit, email: str, secret: str) -> Page:
    """Sign in with password, then with the code the member's authenticator app shows."""
    page = sign_in(visit, email)
    expect_heading(page, "Two-Factor Authentication")
    field(page, "Code").fill(authenticator_code(secret))
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()
    return page


def approve_from_the_queue(visit: Visit, title: str, *, audit: bool = False) -> None:
    """As a signed-in moderator: open the queue from the navigation and approve `title`."""
    page = visit.page
    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name=re.compile("^Moderation")
    ).click()
    expect_heading(page, "Waiting for a moderator")
    if audit:
        visit.audit("moderation-queue")
    page.get_by_role("link", name=title).click()
    expect_heading(page, re.compile(re.escape(title)))
    if audit:
        visit.audit("moderation-review")
    page.get_by_role("button", name="Approve", exact=True).click()
