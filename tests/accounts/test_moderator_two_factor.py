"""Moderation pages open only for moderators who have two-factor authentication set up."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from accounts.permissions import can_open_moderation, has_two_factor, is_moderator
from tests.accounts.helpers import log_in_and_confirm_password
from tests.conftest import PASSWORD, add_totp, totp_code

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.accounts.urls")]

GUARDED = "/guarded-moderation/"


def test_a_visitor_who_is_not_signed_in_is_sent_to_log_in(client):
    response = client.get(GUARDED)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_a_member_who_is_not_a_moderator_is_told_the_page_does_not_exist(client_for, practitioner):
    assert client_for(practitioner).get(GUARDED).status_code == 404


def test_a_moderator_without_two_factor_is_sent_to_set_it_up(
    client_for, moderator_without_two_factor
):
    client = client_for(moderator_without_two_factor)

    response = client.get(GUARDED)

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")
    (message,) = [str(m) for m in get_messages(response.wsgi_request)]
    assert "two-factor authentication" in message
    assert "authenticator app" in message


def test_a_moderator_with_two_factor_can_open_the_page(client_for, moderator):
    response = client_for(moderator).get(GUARDED)

    assert response.status_code == 200
    assert response.content == b"The moderation queue"


def test_a_moderator_logs_in_with_their_password_and_a_code_then_opens_the_page(
    client, moderator_without_two_factor
):
    secret = add_totp(moderator_without_two_factor)

    first_step = client.post(
        reverse("account_login"),
        {"login": moderator_without_two_factor.email, "password": PASSWORD},
    )
    assert first_step.status_code == 302
    assert first_step["Location"] == reverse("mfa_authenticate")
    assert client.get(GUARDED).status_code == 302  # not signed in until the code is given

    second_step = client.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})

    assert second_step.status_code == 302
    assert client.get(GUARDED).status_code == 200


def test_a_signed_in_moderator_can_set_up_an_authenticator_app_and_gets_recovery_codes(
    client, moderator_without_two_factor
):
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY

    log_in_and_confirm_password(client, moderator_without_two_factor)
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    secret = client.session[SECRET_SESSION_KEY]

    response = client.post(reverse("mfa_activate_totp"), {"code": totp_code(secret)})

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_view_recovery_codes")
    types = set(
        Authenticator.objects.filter(user=moderator_without_two_factor).values_list(
            "type", flat=True
        )
    )
    assert types == {Authenticator.Type.TOTP, Authenticator.Type.RECOVERY_CODES}
    assert client.get(GUARDED).status_code == 200


def test_the_permission_helpers_agree_with_the_guard(
    practitioner, moderator, moderator_without_two_factor
):
    assert not is_moderator(practitioner)
    assert is_moderator(moderator_without_two_factor)
    assert not has_two_factor(moderator_without_two_factor)
    assert not can_open_moderation(moderator_without_two_factor)
    assert can_open_moderation(moderator)
