"""Every form that changes something carries a CSRF token, and refuses a post without one."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.security.crawl import Form

pytestmark = pytest.mark.django_db


def post_forms(crawled_site) -> list[Form]:
    return [
        form for pages in crawled_site.values() for page in pages for form in page.reader.forms
        if form.method == "post"
    ]  # fmt: skip


def test_the_crawl_found_the_forms_people_post(crawled_site):
    actions = {form.action for form in post_forms(crawled_site)}
    assert "/accounts/login/" in actions
    assert "/accounts/signup/" in actions
    assert "/write/new/" in actions
    assert any(action.endswith("/comments/") for action in actions)
    assert "/accounts/logout/" in actions


def test_every_post_form_carries_a_csrf_token(crawled_site):
    missing = [
        f"{form.page} → {form.action}"
        for form in post_forms(crawled_site)
        if not form.has_csrf_token
    ]
    assert not missing, "Forms without a CSRF token:\n" + "\n".join(missing)


def test_every_form_action_refuses_a_post_without_a_csrf_token(crawled_site):
    """A cross-site page could post to any of these; Django must turn each one away."""
    attacker = Client(enforce_csrf_checks=True)
    accepted = []
    for action in sorted({form.action for form in post_forms(crawled_site)}):
        response = attacker.post(action, {"body": "forged", "title": "forged"})
        if response.status_code != 403:
            accepted.append(f"{action} answered {response.status_code}")
    assert not accepted, "Posts without a CSRF token were not refused:\n" + "\n".join(accepted)
