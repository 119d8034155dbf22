"""The browser checks themselves can fail: each one catches a problem planted on purpose.

Without these, a broken axe injection, request recorder or XSS sentinel would pass every
journey silently.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from tests.e2e.harness import AXE_SCRIPT, Visit

# A one-pixel transparent GIF, so the planted image needs no network.
PIXEL = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="


@pytest.fixture
def bare_visit(browser: Browser) -> Iterator[Visit]:
    """A context on no site at all, for planting problems with set_content."""
    context = browser.new_context()
    yield Visit(
        context=context,
        base_url="http://127.0.0.1:9",
        javascript=True,
        axe_script=AXE_SCRIPT,
        test_name="self-check",
    )
    context.close()


def test_axe_reports_an_image_without_a_text_alternative(bare_visit):
    bare_visit.page.set_content(
        f'<html lang="en"><title>Planted</title><main><img src="{PIXEL}"></main></html>'
    )
    rules = {violation.rule for violation in bare_visit.axe_violations()}
    assert "image-alt" in rules


def test_axe_reports_text_with_too_little_contrast(bare_visit):
    bare_visit.page.set_content(
        '<html lang="en"><title>Planted</title><main>'
        '<p style="color:#bbb;background:#fff">Hard to read</p></main></html>'
    )
    rules = {violation.rule for violation in bare_visit.axe_violations()}
    assert "color-contrast" in rules


def test_a_request_to_another_site_is_recorded_as_third_party(bare_visit):
    bare_visit.context.route("http://tracker.invalid/**", lambda route: route.abort())
    bare_visit.page.set_content('<img alt="" src="http://tracker.invalid/pixel.gif">')
    assert "http://tracker.invalid/pixel.gif" in bare_visit.third_party_requests()
    with pytest.raises(AssertionError, match=r"tracker\.invalid"):
        bare_visit.assert_no_third_party_requests()


def test_the_sentinel_sees_a_payload_that_runs(bare_visit):
    bare_visit.arm_xss_sentinel()
    # Served as a real document, so the sentinel is installed before the payload runs.
    bare_visit.context.route(
        "http://planted.invalid/",
        lambda route: route.fulfill(
            content_type="text/html",
            body=f'<img src="{PIXEL}x" alt="" onerror="alert(document.domain)">',
        ),
    )
    bare_visit.page.goto("http://planted.invalid/")
    bare_visit.page.wait_for_function("() => window.__xss.length > 0")
    assert bare_visit.page.evaluate("window.__xss")[0].startswith("alert:")


def test_a_script_error_is_reported_from_the_console(bare_visit):
    page = bare_visit.page
    page.set_content("<script>undefinedFunctionThatDoesNotExist()</script>")
    page.wait_for_timeout(50)
    with pytest.raises(AssertionError, match="undefinedFunctionThatDoesNotExist"):
        bare_visit.assert_clean_console()
