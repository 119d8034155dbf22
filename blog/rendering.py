"""Markdown to safe HTML: the one function every stored body goes through.

Python-Markdown does no filtering of its own, so nh3 (the ammonia sanitizer) is the only
barrier between what a member types and what a reader's browser runs. It runs on the rendered
HTML, once, when the text is saved; templates print only what this returns.
"""

import re
import unicodedata
from html.parser import HTMLParser

import markdown
import nh3

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "del", "em", "h2", "h3", "h4", "hr", "li",
    "ol", "p", "pre", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr",
    "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"align"}, "td": {"align"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow ugc noopener"

# nh3 keeps an <a> whose href it removed; an anchor with no destination is neither valid
# HTML nor useful, so it is unwrapped to its text.
_HREFLESS_ANCHOR = re.compile(r"<a(?![^>]*\shref=)[^>]*>(.*?)</a>", re.DOTALL)


def _drop_unrenderable(text: str) -> str:
    """Remove lone surrogates and control characters other than tab and newlines."""
    return "".join(
        char for char in text if char in "\t\n\r" or unicodedata.category(char) not in {"Cs", "Cc"}
    )


def render_markdown(text: str) -> str:
    """Render a member's Markdown to HTML that is safe to print as it is."""
    text = _drop_unrenderable(text)
    # Headings inside a post sit below the page's own <h1>, so # becomes <h2>.
    html = markdown.markdown(
        text, extensions=["extra", "sane_lists"], output_format="html", tab_length=4
    )
    html = re.sub(r"<(/?)h1>", r"<\1h2>", html)
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
    )
    return _HREFLESS_ANCHOR.sub(r"\1", cleaned)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(html: str) -> str:
    """Return the visible text of sanitized HTML, with runs of white space folded."""
    collector = _TextCollector()
    collector.feed(html)
    return " ".join(" ".join(collector.parts).split())


def summarise(html: str, limit: int = 280) -> str:
    """A plain-text summary of at most `limit` characters, cut at a word boundary."""
    # Only the start of a post can reach the summary. Parsing all of every long post for it
    # cost more than the rest of a list page; markup rarely takes 7 characters in 8.
    text = plain_text(html[: limit * 8])
    if len(text) <= limit:
        text = plain_text(html)  # Short, or markup-heavy (a very long link): read it all.
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + "…"
