"""Markdown is rendered once, through one sanitizer, and hostile input comes out inert."""

from html.parser import HTMLParser

import pytest

from blog.rendering import ALLOWED_TAGS, render_markdown, summarise

HOSTILE_MARKDOWN = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](java&#x09;script:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click]( javascript:alert(1))",
    "[click](vbscript:msgbox(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![img](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
    '<svg><animate onbegin="alert(1)" attributeName="x"></svg>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<a href="#" style="background:url(javascript:alert(1))">x</a>',
    '<form><button formaction="javascript:alert(1)">go</button></form>',
    '<details open ontoggle="alert(1)">x</details>',
    '[x](https://example.org "title" onmouseover="alert(1)")',
    "<object data=x></object><embed src=x>",
    "<base href='https://evil.example/'>",
]


class _Inspector(HTMLParser):
    """Collects every tag, attribute and link destination in a piece of HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        for name, value in attrs:
            self.attributes.append((tag, name, value))


def inspect(html: str) -> _Inspector:
    inspector = _Inspector()
    inspector.feed(html)
    return inspector


def _scheme(url: str) -> str:
    # Browsers ignore leading spaces and control characters and tabs/newlines inside a URL.
    cleaned = "".join(ch for ch in url if ch not in "\t\n\r").lstrip("\x00 \x1f")
    return cleaned.split(":", 1)[0].lower() if ":" in cleaned.split("/", 1)[0] else ""


@pytest.mark.parametrize("payload", HOSTILE_MARKDOWN)
def test_it_renders_hostile_markdown_inert(payload):
    found = inspect(render_markdown(payload))
    assert found.tags <= ALLOWED_TAGS
    for _tag, name, value in found.attributes:
        assert not name.startswith("on")
        assert name not in {"style", "formaction", "srcdoc", "src"}
        if name == "href":
            assert _scheme(value or "") in {"", "http", "https", "mailto"}


def test_it_keeps_ordinary_markdown():
    html = render_markdown("# Heading\n\nSome *kind* words and a [link](https://nmc.org.uk).")
    assert "<h2>Heading</h2>" in html
    assert "<em>kind</em>" in html
    assert 'href="https://nmc.org.uk"' in html


def test_it_marks_links_as_user_content_that_is_not_endorsed():
    html = render_markdown("[NMC](https://www.nmc.org.uk/)")
    assert 'rel="nofollow ugc noopener"' in html


def test_it_unwraps_a_link_whose_destination_was_removed():
    html = render_markdown("[click here](javascript:alert(1))")
    assert "<a" not in html
    assert "click here" in html


def test_it_escapes_raw_html_it_does_not_allow_rather_than_running_it():
    html = render_markdown("Before <script>alert('x')</script> after")
    assert "<script" not in html
    assert "Before" in html and "after" in html


def test_it_drops_lone_surrogates_and_control_characters():
    assert render_markdown("ok\ud800\x07 fine") == "<p>ok fine</p>"


def test_summary_is_cut_at_a_word_and_marked_as_cut():
    summary = summarise(render_markdown("word " * 200), limit=50)
    assert len(summary) <= 51
    assert summary.endswith("…")
