"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

Chromium comes from apt (`make browser-deps`), never from `playwright install`. When it is
missing the browser tests are skipped and the run says so plainly; in CI (`CI=true`) a
missing browser is an error instead, so a green CI always means the journeys ran.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterator

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from playwright.sync_api import Browser
from pytest_django.plugin import blocking_manager_key

from accounts.models import Capacity, Profession, Regulator, TrustLevel
from tests.conftest import make_member
from tests.e2e.harness import (
    AXE_SCRIPT,
    CHROMIUM,
    CHROMIUM_FLAGS,
    E2E_DIR,
    Visit,
    browser_unavailable_reason,
)

# Sync Playwright runs an event loop in the main thread; the tests still use the ORM from that
# thread, which Django refuses inside a running loop unless told it is safe (it is: the loop
# only drives the browser).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

_SKIP_REASON = browser_unavailable_reason()
_IN_CI = os.environ.get("CI", "").lower() == "true"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test in this folder `e2e`, and skip them all when there is no browser."""
    skip = pytest.mark.skip(reason=f"browser tests SKIPPED: {_SKIP_REASON}")
    for item in items:
        if E2E_DIR not in item.path.parents:
            continue
        item.add_marker(pytest.mark.e2e)
        if "visit" in getattr(item, "fixturenames", ()):
            # Real commits: the live server reads the database from its own thread.
            item.add_marker(pytest.mark.django_db(transaction=True))
        if _SKIP_REASON and not _IN_CI:
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say plainly, at the end of the run, that the browser tests did not run."""
    if _SKIP_REASON and not _IN_CI:
        terminalreporter.write_sep("!", "BROWSER TESTS SKIPPED", yellow=True, bold=True)
        terminalreporter.write_line(_SKIP_REASON)
        terminalreporter.write_line("Install what they need with `make browser-deps`.")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Launch the system Chromium headless, with the flags this machine's closed network needs."""
    if _SKIP_REASON:
        pytest.fail(f"The browser tests must run in CI, but {_SKIP_REASON}", pytrace=False)
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "headless": True,
        "args": CHROMIUM_FLAGS,
    }


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> Iterator[None]:
    """allauth counts sign-ups and logins per address in the cache: every journey starts at 0."""
    cache.clear()
    yield
    cache.clear()


def restore_what_the_migrations_load() -> None:
    """Put back the rows the data migrations create, which each browser test's flush removes.

    Runs the migrations' own functions, so the data is exactly what a new site starts with.
    (pytest-django's serialized rollback would do this, but its snapshot is lost once the
    Playwright event loop is running when other suites set up the database first.)
    """
    for module, function in (
        ("accounts.migrations.0003_moderators_group", "create_moderators_group"),
        ("guidance.migrations.0002_load_guidance", "load"),
    ):
        getattr(importlib.import_module(module), function)(django_apps, None)


@pytest.fixture
def visit(
    browser: Browser,
    live_server,
    transactional_db,
    request: pytest.FixtureRequest,
) -> Iterator[Callable[..., Visit]]:
    """`visit(javascript=True, **context_options)` opens a fresh browser context on the site.

    Each context records every request its pages make; when the test ends, every one must
    have gone to the live server itself (no fonts, scripts or beacons from anywhere else).
    The moderators group and the guidance are put back first (the previous browser test's
    flush removed them).
    """
    restore_what_the_migrations_load()
    opened: list[Visit] = []

    def open_visit(*, javascript: bool = True, label: str = "", **context_options: object) -> Visit:
        context = browser.new_context(
            java_script_enabled=javascript,
            base_url=live_server.url,
            viewport={"width": 1280, "height": 900},
            locale="en-GB",
            **context_options,
        )
        # Pages here answer in milliseconds; a missing element should fail fast, not in 30 s.
        context.set_default_timeout(8_000)
        opened.append(
            Visit(
                context=context,
                base_url=live_server.url,
                javascript=javascript,
                axe_script=AXE_SCRIPT,
                test_name=request.node.name,
                label=label,
            )
        )
        return opened[-1]

    yield open_visit
    failed = getattr(request.node, "rep_call", None) is not None and request.node.rep_call.failed
    try:
        for one in opened:
            if failed:
                one.screenshot_all_pages("FAILED")
        for one in opened:
            one.assert_no_third_party_requests()
            one.assert_clean_console()
    finally:
        for one in opened:
            one.context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """After a browser test's flush, put back what the migrations load.

    A browser test's database is emptied when it ends (it commits for real); tests that
    run after it, in any folder, expect the moderators group and the guidance to be there.
    """
    result = yield
    # After the last test the test database is already gone (and the connection points at
    # the real one again), so there is nothing to put back, and nothing must be written.
    if (
        nextitem is not None
        and E2E_DIR in item.path.parents
        and "visit" in getattr(item, "fixturenames", ())
        and _is_a_test_database()
    ):
        with item.config.stash[blocking_manager_key].unblock():
            restore_what_the_migrations_load()
    return result


def _is_a_test_database() -> bool:
    name = str(connection.settings_dict["NAME"])
    return "test" in name or "memory" in name


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """Keep each phase's report on the test item so fixtures can tell a failed test."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


@pytest.fixture(params=[True, False], ids=["js", "no-js"])
def javascript(request: pytest.FixtureRequest) -> bool:
    """Run a journey twice: once as most people browse, once with JavaScript turned off."""
    return request.param


@pytest.fixture
def moderator_secret() -> str:
    """A moderator whose authenticator app holds the returned secret."""
    moderator = make_member(
        "jo.moderator@example.org",
        "Moderator Jo",
        capacity=Capacity.PRACTITIONER,
        profession=Profession.SOCIAL_WORKER,
        regulator=Regulator.SWE,
        trust_level=TrustLevel.ESTABLISHED,
    )
    moderator.groups.add(Group.objects.get_or_create(name="moderators")[0])
    secret = generate_totp_secret()
    TOTP.activate(moderator, secret)
    return secret
