"""Every response carries the headers a site holding mental-health narratives needs.

Checked against real responses from the whole stack (middleware included), on every kind of
page a reader, a member or a moderator can reach.
"""

from __future__ import annotations

import pytest
from django.conf import settings

from tests.conftest import PASSWORD
from tests.security.crawl import CrawledPage


def parse_csp(header: str) -> dict[str, list[str]]:
    """`default-src 'self'; img-src 'self' data:` → {"default-src": ["'self'"], …}."""
    directives: dict[str, list[str]] = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0].lower()] = words[1:]
    return directives


@pytest.fixture
def pages_by_role(crawled_site) -> dict[str, list[CrawledPage]]:
    return crawled_site


def test_the_crawl_reaches_every_kind_of_page(pages_by_role):
    """Guards the tests below: they check many pages, not just one."""
    paths = {page.path for pages in pages_by_role.values() for page in pages}
    assert any(path.startswith("/posts/") for path in paths)
    assert any(path.startswith("/tags/") and path != "/tags/" for path in paths)
    assert any(path.startswith("/write/new/") for path in paths)
    assert len(paths) >= 15


def test_every_page_sends_a_strict_content_security_policy(pages_by_role):
    for pages in pages_by_role.values():
        for page in pages:
            policy = parse_csp(page.headers.get("Content-Security-Policy", ""))
            assert policy, f"{page.path} has no Content-Security-Policy"
            assert policy["default-src"] == ["'self'"], page.path
            assert policy["object-src"] == ["'none'"], page.path
            assert policy["base-uri"] == ["'none'"], page.path
            assert policy["frame-ancestors"] == ["'none'"], page.path
            assert policy["form-action"] == ["'self'"], page.path
            for directive in ("script-src", "style-src"):
                sources = policy.get(directive, policy["default-src"])
                assert "'unsafe-inline'" not in sources, (page.path, directive)
                assert "'unsafe-eval'" not in sources, (page.path, directive)
                assert all(
                    source == "'self'" or source.startswith("'nonce-") for source in sources
                ), (page.path, directive, sources)


def test_no_page_relies_on_inline_script_or_style(pages_by_role):
    """The CSP refuses inline code, so any here would be broken (or a hole if allowed)."""
    problems = []
    for role, pages in pages_by_role.items():
        for page in pages:
            reader = page.reader
            if reader.inline_scripts:
                problems.append(f"{role} {page.path}: {reader.inline_scripts} inline <script>")
            if reader.style_elements:
                problems.append(f"{role} {page.path}: {reader.style_elements} <style> element(s)")
            problems += [f"{role} {page.path}: {item}" for item in reader.style_attributes]
            problems += [f"{role} {page.path}: {item}" for item in reader.event_handlers]
            problems += [f"{role} {page.path}: {item}" for item in reader.javascript_urls]
    assert not problems, "\n".join(problems)


def test_every_page_sends_the_other_security_headers(pages_by_role):
    for pages in pages_by_role.values():
        for page in pages:
            headers = page.headers
            assert headers.get("X-Content-Type-Options") == "nosniff", page.path
            assert headers.get("Referrer-Policy") == "same-origin", page.path
            assert headers.get("X-Frame-Options") == "DENY", page.path
            assert headers.get("Cross-Origin-Opener-Policy") == "same-origin", page.path
            permissions = headers.get("Permissions-Policy", "")
            for feature in ("camera", "microphone", "geolocation", "payment"):
                assert f"{feature}=()" in permissions, (page.path, permissions)


def test_https_responses_tell_browsers_to_use_https_for_a_year_with_subdomains(client, db):
    response = client.get("/", secure=True)
    assert response.headers["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )


def test_signing_in_sets_cookies_scripts_cannot_read_and_only_https_carries(client, practitioner):
    client.get("/accounts/login/", secure=True)
    response = client.post(
        "/accounts/login/",
        {"login": practitioner.email, "password": PASSWORD},
        secure=True,
    )
    assert response.status_code == 302, "the sign-in itself failed"
    session = response.cookies[settings.SESSION_COOKIE_NAME]
    assert session["secure"] is True
    assert session["httponly"] is True
    assert session["samesite"].lower() in {"lax", "strict"}
    csrf = client.cookies[settings.CSRF_COOKIE_NAME]
    assert csrf["secure"] is True
    assert csrf["httponly"] is True
