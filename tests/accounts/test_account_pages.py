"""allauth's pages in the site's own layout: language, a main landmark, labelled fields."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.accounts.helpers import log_in_and_confirm_password
from tests.accounts.html_checks import read_page

pytestmark = pytest.mark.django_db

VISITOR_PAGES = [
    "account_login",
    "account_signup",
    "account_reset_password",
    "account_email_verification_sent",
    "accounts:terms",
    "accounts:deleted",
]

MEMBER_PAGES = [
    "account_email",
    "account_change_password",
    "account_logout",
    "account_reauthenticate",
    "mfa_index",
    "accounts:settings",
    "accounts:your_data",
    "accounts:delete",
]


def _assert_accessible_shell(response) -> None:
    assert response.status_code == 200
    page = read_page(response.content)
    assert page.lang == "en-GB"
    assert page.main_count == 1
    assert page.unlabelled_fields() == []
    assert "Need help now?" in "".join(page.text)


@pytest.mark.parametrize("url_name", VISITOR_PAGES)
def test_pages_for_visitors_have_a_language_a_main_landmark_and_labelled_fields(client, url_name):
    _assert_accessible_shell(client.get(reverse(url_name)))


@pytest.mark.parametrize("url_name", MEMBER_PAGES)
def test_pages_for_members_have_a_language_a_main_landmark_and_labelled_fields(
    client_for, carer, url_name
):
    _assert_accessible_shell(client_for(carer).get(reverse(url_name)))


def test_the_authenticator_setup_page_is_usable_without_javascript(
    client, moderator_without_two_factor
):
    log_in_and_confirm_password(client, moderator_without_two_factor)

    response = client.get(reverse("mfa_activate_totp"))

    _assert_accessible_shell(response)
    html = response.content.decode()
    assert 'src="data:image/svg+xml;base64,' in html
    assert "QR code to scan with your authenticator app" in html
    assert "<script" not in html


def test_a_password_reset_sends_a_kind_plain_email_with_a_link(client, carer, mailoutbox):
    response = client.post(reverse("account_reset_password"), {"email": carer.email})

    assert response.status_code == 302
    (message,) = mailoutbox
    assert message.subject == "[Common Room] Resetting your password"
    assert message.body.startswith("Hello Morag,")
    assert "/accounts/password/reset/key/" in message.body
    assert "you can ignore this e-mail" in message.body


def test_the_settings_pages_share_one_navigation(client_for, carer):
    html = client_for(carer).get(reverse("account_change_password")).content.decode()

    assert 'aria-label="Your account"' in html
    assert f'href="{reverse("accounts:your_data")}"' in html
    assert f'href="{reverse("mfa_index")}"' in html
