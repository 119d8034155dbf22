"""No `next` (or similar) parameter can send a person from Common Room to another site.

A link such as /accounts/login/?next=https://evil.example/ looks like ours; after signing in
the member must still be on Common Room, whichever spelling of "elsewhere" is used.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from django.conf import settings

from tests.conftest import PASSWORD

ELSEWHERE = [
    "https://evil.example/",
    "http://evil.example/login",
    "//evil.example/",
    "///evil.example/",
    "/\\evil.example/",
    "\\\\evil.example/",
    "https:evil.example",
    " https://evil.example/",
    "https://testserver@evil.example/",
    "https://evil.example\\@testserver/",
    "javascript:alert(document.cookie)",
    "data:text/html,<script>alert(1)</script>",
    "%2F%2Fevil.example%2F",
    "https://evil.example%2F@testserver/",
]


def assert_stays_on_site(response, where: str) -> None:
    """A redirect, if any, leads to a path on this site."""
    if response.status_code not in {301, 302, 303, 307, 308}:
        return
    location = response.headers["Location"]
    # Browsers treat backslashes as slashes and drop tabs and newlines before parsing.
    normalised = location.replace("\\", "/").replace("\t", "").replace("\n", "").strip()
    parts = urlsplit(normalised)
    assert parts.scheme in {"", "http", "https"}, f"{where} redirected to {location!r}"
    assert parts.netloc in {"", "testserver"}, f"{where} redirected to {location!r}"
    assert not normalised.startswith("//"), f"{where} redirected to {location!r}"


@pytest.mark.parametrize("target", ELSEWHERE)
def test_signing_in_never_sends_a_member_to_another_site(client, practitioner, target):
    response = client.post(
        "/accounts/login/", {"login": practitioner.email, "password": PASSWORD, "next": target}
    )
    assert response.status_code == 302, "the sign-in itself failed"
    assert_stays_on_site(response, "sign-in")


@pytest.mark.parametrize("target", ELSEWHERE)
def test_a_signed_in_member_opening_a_sign_in_link_stays_on_site(client_for, practitioner, target):
    response = client_for(practitioner).get("/accounts/login/", {"next": target})
    assert_stays_on_site(response, "sign-in page")


@pytest.mark.parametrize("target", ELSEWHERE)
def test_logging_out_never_sends_a_member_to_another_site(client_for, practitioner, target):
    response = client_for(practitioner).post("/accounts/logout/", {"next": target})
    assert_stays_on_site(response, "log out")


@pytest.mark.parametrize("target", ELSEWHERE)
def test_accepting_new_terms_never_sends_a_member_to_another_site(client_for, practitioner, target):
    practitioner.terms_version = "an-older-version"
    practitioner.save(update_fields=["terms_version"])
    member = client_for(practitioner)
    assert member.get("/accounts/terms/accept/", {"next": target}).status_code == 200
    response = member.post("/accounts/terms/accept/", {"accept": "on", "next": target})
    assert_stays_on_site(response, "accepting terms")
    practitioner.refresh_from_db()
    assert practitioner.has_accepted_current_terms


@pytest.mark.parametrize("target", ELSEWHERE[:4])
def test_signing_up_never_sends_a_new_member_to_another_site(client, db, target):
    response = client.get("/accounts/signup/", {"next": target})
    assert response.status_code == 200
    assert_stays_on_site(response, "sign-up page")


def test_a_safe_next_inside_the_site_is_still_followed(client, practitioner):
    """The guard refuses other sites, not our own pages."""
    response = client.post(
        "/accounts/login/", {"login": practitioner.email, "password": PASSWORD, "next": "/tags/"}
    )
    assert response.headers["Location"] == "/tags/"


def test_the_login_url_setting_names_our_own_page():
    assert not urlsplit(str(settings.LOGIN_REDIRECT_URL)).netloc


@pytest.mark.parametrize("target", ELSEWHERE)
def test_confirming_a_password_again_never_sends_a_member_to_another_site(
    client_for, practitioner, target
):
    """allauth asks for the password again before sensitive changes, then follows `next`."""
    member = client_for(practitioner)
    response = member.post("/accounts/reauthenticate/", {"password": PASSWORD, "next": target})
    assert response.status_code == 302, "the password was not accepted"
    assert_stays_on_site(response, "reauthentication")
