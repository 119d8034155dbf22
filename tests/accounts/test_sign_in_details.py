"""Logging in by e-mail, logging out, and changing the password or the e-mail address."""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from accounts.models import User
from tests.accounts.helpers import confirmation_link_from_outbox
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "seven quiet herons over the estuary"


def test_a_member_logs_in_with_their_email_address_and_out_again(client, carer):
    logged_in = client.post(
        reverse("account_login"), {"login": "CARER@example.org", "password": PASSWORD}
    )

    assert logged_in.status_code == 302
    assert client.session["_auth_user_id"] == str(carer.pk)

    logged_out = client.post(reverse("account_logout"))

    assert logged_out.status_code == 302
    assert "_auth_user_id" not in client.session


def test_logging_in_gives_a_new_session_id(client, carer):
    client.get(reverse("account_login"))
    client.session.save()
    before = client.session.session_key

    client.post(reverse("account_login"), {"login": carer.email, "password": PASSWORD})

    assert client.session.session_key != before


def test_a_member_changes_their_password_and_is_told_by_email(client, carer, mailoutbox):
    client.post(reverse("account_login"), {"login": carer.email, "password": PASSWORD})

    response = client.post(
        reverse("account_change_password"),
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    assert response.status_code == 302
    carer.refresh_from_db()
    assert carer.check_password(NEW_PASSWORD)
    (message,) = mailoutbox
    assert message.subject == "[Common Room] Your password was changed"
    assert "If it wasn't you" in message.body


def test_a_new_password_follows_the_same_rules(client, carer):
    client.post(reverse("account_login"), {"login": carer.email, "password": PASSWORD})

    response = client.post(
        reverse("account_change_password"),
        {
            "oldpassword": PASSWORD,
            "password1": "carer@example.com",
            "password2": "carer@example.com",
        },
    )

    assert response.status_code == 200
    assert "too similar" in response.content.decode()


def test_a_member_changes_their_email_address_once_the_new_one_is_confirmed(client, carer):
    client.post(reverse("account_login"), {"login": carer.email, "password": PASSWORD})

    requested = client.post(
        reverse("account_email"), {"action_add": "", "email": "morag.new@example.org"}
    )
    assert requested.status_code == 302
    # Until the link is opened, the old address is still the one that counts.
    assert User.objects.get(pk=carer.pk).email == "carer@example.org"

    link = confirmation_link_from_outbox("morag.new@example.org")
    client.post(link)

    carer.refresh_from_db()
    assert carer.email == "morag.new@example.org"
    assert list(EmailAddress.objects.filter(user=carer).values_list("email", flat=True)) == [
        "morag.new@example.org"
    ]
