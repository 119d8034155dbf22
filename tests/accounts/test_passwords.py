"""Password rules: long, not common, not built from who you are or where you are."""

from __future__ import annotations

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.models import User
from tests.accounts.helpers import signup_data

pytestmark = pytest.mark.django_db


def _password_errors(client, password: str, **overrides: str) -> list[str]:
    data = signup_data(password1=password, password2=password, **overrides)
    response = client.post(reverse("account_signup"), data)
    if response.status_code == 302:
        return []
    return list(response.context["form"].errors.get("password1", []))


def test_a_password_shorter_than_twelve_characters_is_refused(client):
    errors = _password_errors(client, "tangerine7!")

    assert any("at least 12" in error for error in errors)
    assert not User.objects.exists()


def test_a_common_password_is_refused_even_when_long_enough(client):
    errors = _password_errors(client, "password1234")

    assert any("too common" in error for error in errors)


def test_a_password_like_the_email_address_is_refused(client):
    errors = _password_errors(client, "wren.ob@example", email="wren.ob@example.org")

    assert any("too similar" in error for error in errors)


def test_a_password_like_the_display_name_is_refused(client):
    errors = _password_errors(client, "Okonkwo-Blythe1", display_name="Okonkwo-Blythe")

    assert any("too similar" in error for error in errors)


@pytest.mark.parametrize("password", ["CommonRoom2026!", "common room pass", "c0mmonroom!!!!"])
def test_a_password_built_from_the_site_name_is_refused(client, password):
    errors = _password_errors(client, password)

    assert any("name of this site" in error for error in errors)


def test_a_long_passphrase_that_mentions_the_site_is_allowed():
    validate_password("the kettle in our common room never quite boils", User(email="a@b.org"))


def test_passwords_of_sixty_four_characters_and_more_are_accepted(client):
    long_password = "correct horse battery staple " * 4  # 116 characters

    assert _password_errors(client, long_password) == []
    assert User.objects.get(email="wren.ob@example.org").check_password(long_password)


def test_the_site_name_rule_explains_itself():
    with pytest.raises(ValidationError) as caught:
        validate_password("CommonRoom!2026", User(email="a@b.org"))

    assert "Common Room" in " ".join(caught.value.messages)
