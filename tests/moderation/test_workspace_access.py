"""Every page of the moderators' workspace is shut to visitors, members and moderators who
have not set up two-factor authentication. The URLs are enumerated from the URLconf, so a
new page is covered the moment it is added."""

from __future__ import annotations

import pytest
from django.urls import URLPattern, get_resolver, reverse

from moderation import actions
from tests.moderation.conftest import submitted_post


def workspace_url_names() -> list[str]:
    namespace = get_resolver().namespace_dict["moderation"][1]
    names = [p.name for p in namespace.url_patterns if isinstance(p, URLPattern)]
    assert names, "the moderation namespace has no pages?"
    return names


@pytest.fixture
def every_workspace_url(practitioner, moderator):
    _post, case = submitted_post(practitioner)
    actions.reject(case, by=moderator, note="No.", principles=["house-be-respectful"])
    appeal = actions.appeal(case, by=practitioner, message="Please.")
    arguments = {"case_id": case.pk, "appeal_id": appeal.pk}
    urls = []
    for name in workspace_url_names():
        pattern = next(
            p
            for p in get_resolver().namespace_dict["moderation"][1].url_patterns
            if getattr(p, "name", None) == name
        )
        kwargs = {key: arguments[key] for key in pattern.pattern.converters}
        urls.append(reverse(f"moderation:{name}", kwargs=kwargs))
    return urls


def test_the_enumeration_finds_every_page():
    assert set(workspace_url_names()) >= {
        "queue",
        "review",
        "decide",
        "appeals",
        "appeal",
        "audit",
        "audit_csv",
        "dashboard",
    }


@pytest.mark.parametrize("method", ["get", "post"])
def test_visitors_are_sent_to_log_in(client, every_workspace_url, method):
    for url in every_workspace_url:
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("account_login")), url


@pytest.mark.parametrize("method", ["get", "post"])
def test_members_are_told_there_is_no_such_page(
    client_for, lived_experience, every_workspace_url, method
):
    client = client_for(lived_experience)
    for url in every_workspace_url:
        assert getattr(client, method)(url).status_code == 404, url


@pytest.mark.parametrize("method", ["get", "post"])
def test_moderators_without_two_factor_are_sent_to_set_it_up(
    client_for, moderator_without_two_factor, every_workspace_url, method
):
    client = client_for(moderator_without_two_factor)
    for url in every_workspace_url:
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response.url == reverse("mfa_activate_totp"), url


def test_moderators_with_two_factor_get_in(client_for, moderator, every_workspace_url):
    client = client_for(moderator)
    for url in every_workspace_url:
        if url.endswith("/decide/"):
            continue  # decisions are POST only
        assert client.get(url).status_code == 200, url


def test_contributors_pages_ask_visitors_to_log_in(client, practitioner, moderator):
    from tests.blog.factories import make_post

    post = make_post(practitioner)
    _, case = submitted_post(practitioner)
    urls = [
        reverse("contributing:check_draft"),
        reverse("contributing:report", args=["post", post.pk]),
        reverse("contributing:appeal", args=[case.pk]),
    ]
    namespace = get_resolver().namespace_dict["contributing"][1]
    assert len(urls) == len([p for p in namespace.url_patterns if isinstance(p, URLPattern)])
    for url in urls:
        response = client.post(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("account_login")), url
