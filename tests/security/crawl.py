"""A small same-site crawler over the Django test client, and an HTML reader for its checks."""

from __future__ import annotations

from collections import Counter, deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from django.test import Client
from django.urls import Resolver404, resolve

# Never followed: leaving (logout), machine-readable files, and static assets.
SKIPPED_PREFIXES = ("/static/", "/media/", "/accounts/logout/")
SKIPPED_SUFFIXES = (".xml", ".txt", "/rss/", "/atom/")
URL_ATTRIBUTES = {"href", "src", "action", "formaction"}


@dataclass
class Form:
    """One <form> on a page, as the browser would submit it."""

    page: str
    method: str
    action: str
    input_names: list[str] = field(default_factory=list)

    @property
    def has_csrf_token(self) -> bool:
        return "csrfmiddlewaretoken" in self.input_names


class PageReader(HTMLParser):
    """Collects links, forms, and anything inline that the CSP would refuse to run."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.links: list[str] = []
        self.forms: list[Form] = []
        self.inline_scripts = 0
        self.style_elements = 0
        self.style_attributes: list[str] = []
        self.event_handlers: list[str] = []
        self.javascript_urls: list[str] = []
        self._in_script = False
        self._script_has_src = False
        self._script_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for name, value in values.items():
            if name == "style":
                self.style_attributes.append(f"<{tag} style={value!r}>")
            elif name.startswith("on"):
                self.event_handlers.append(f"<{tag} {name}={value!r}>")
            elif name in URL_ATTRIBUTES and value.strip().lower().startswith("javascript:"):
                self.javascript_urls.append(f"<{tag} {name}={value!r}>")
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])
        elif tag == "form":
            self.forms.append(
                Form(
                    page=self.page,
                    method=(values.get("method") or "get").lower(),
                    action=urljoin(self.page, values.get("action") or self.page),
                )
            )
        elif tag in {"input", "button", "select", "textarea"} and self.forms and values.get("name"):
            self.forms[-1].input_names.append(values["name"])
        elif tag == "script":
            self._in_script = True
            self._script_has_src = bool(values.get("src"))
            self._script_text = []
            # JSON data blocks are inert: the CSP does not apply to them.
            if values.get("type", "").lower() in {"application/json", "application/ld+json"}:
                self._script_has_src = True
        elif tag == "style":
            self.style_elements += 1

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self._script_text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_script:
            if not self._script_has_src or "".join(self._script_text).strip():
                self.inline_scripts += 1
            self._in_script = False


@dataclass
class CrawledPage:
    path: str
    status: int
    headers: dict[str, str]
    reader: PageReader


def _route_name(path: str) -> str | None:
    try:
        match = resolve(urlsplit(path).path)
    except Resolver404:
        return None
    return match.view_name


def crawl(
    client: Client, start: list[str], *, per_route: int = 2, limit: int = 120
) -> list[CrawledPage]:
    """Visit HTML pages reachable from `start`, at most `per_route` of each kind of page.

    Every page type is reached without visiting all 40 pages of a long list.
    """
    queue = deque(start)
    seen: set[str] = set()
    per_kind: Counter[str] = Counter()
    pages: list[CrawledPage] = []
    while queue and len(pages) < limit:
        path = queue.popleft()
        parts = urlsplit(path)
        if parts.scheme or parts.netloc or path in seen:
            continue
        seen.add(path)
        if parts.path.startswith(SKIPPED_PREFIXES) or parts.path.endswith(SKIPPED_SUFFIXES):
            continue
        kind = _route_name(path)
        if kind is None or per_kind[kind] >= per_route:
            continue
        per_kind[kind] += 1
        response = client.get(path, follow=True)
        final = response.redirect_chain[-1][0] if response.redirect_chain else path
        if "text/html" not in response.get("Content-Type", ""):
            continue
        reader = PageReader(urlsplit(final).path or path)
        reader.feed(response.content.decode("utf-8", errors="replace"))
        pages.append(
            CrawledPage(
                path=final,
                status=response.status_code,
                headers=dict(response.headers),
                reader=reader,
            )
        )
        for link in reader.links:
            absolute = urljoin(final, link).split("#")[0]
            link_parts = urlsplit(absolute)
            if not link_parts.netloc or link_parts.netloc == "testserver":
                queue.append(link_parts.path + (f"?{link_parts.query}" if link_parts.query else ""))
    return pages
