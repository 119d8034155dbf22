"""Hostile text in every place members write is shown as text and never runs as script.

The XSS corpus and the Big List of Naughty Strings go into post titles and bodies, comments,
display names and bios, and are rendered by the real site in Chromium. A sentinel (every
payload calls `__xss_hit` or `alert`, which the test replaces) proves nothing ran, and a
DOM check proves nothing that could run is there at all: no event-handler attributes, no
URL with a scheme other than http, https or mailto, no scripts or frames of the content's
own. The main test turns the site's CSP off (`bypass_csp`), so it proves the sanitizer and
the templates themselves; a second test shows the CSP would stop an inline handler anyway.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.utils import timezone

from accounts.models import Capacity, User
from blog.models import Comment, Post, Status
from blog.rendering import render_markdown
from tests.blog.factories import make_post
from tests.e2e.harness import Visit, load_naughty_strings
from tests.e2e.xss_payloads import XSS_PAYLOADS

CHUNK = 20

# Everything on the page that could run script or leave the site, as a list of problems.
FIND_RUNNABLE_THINGS = """() => {
  const problems = [];
  const safeSchemes = new Set(['http:', 'https:', 'mailto:']);
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data',
                         'background', 'poster', 'cite', 'srcset'];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      const where = `<${element.tagName.toLowerCase()} ${name}="${attribute.value.slice(0, 60)}">`;
      if (name.startsWith('on') || name === 'srcdoc' || name === 'style') {
        problems.push(where);
      } else if (urlAttributes.includes(name)) {
        let url;
        try { url = new URL(attribute.value, document.baseURI); } catch (error) { continue; }
        if (!safeSchemes.has(url.protocol)) problems.push(where);
      }
    }
  }
  for (const script of document.querySelectorAll('script')) {
    if (!script.src || new URL(script.src).origin !== location.origin) {
      problems.push('a script that is not one of the site\\'s own files');
    }
  }
  const embedded = 'iframe, frame, object, embed, base, meta[http-equiv], style, math, svg';
  for (const element of document.querySelectorAll(embedded)) {
    problems.push(`<${element.tagName.toLowerCase()}> element`);
  }
  return problems;
}"""


@dataclass
class HostileSite:
    posts_to_read: list[str]
    authors_to_read: list[str]
    xss_titles: list[str]


def _storable(text: str) -> str:
    # PostgreSQL cannot store NUL; the forms refuse it before it gets this far anyway.
    return text.replace("\x00", "")


@pytest.fixture
def hostile_site(settings) -> HostileSite:
    """A post, a comment and a member named after every hostile string; bodies and bios
    hold them twenty at a time, so a few dozen pages show them all."""
    settings.POSTS_PER_PAGE = 1000
    strings = [_storable(text) for text in XSS_PAYLOADS + load_naughty_strings()]
    chunks = [strings[start : start + CHUNK] for start in range(0, len(strings), CHUNK)]
    now = timezone.now()

    members = User.objects.bulk_create(
        User(
            email=f"hostile{number}@example.org",
            display_name=text[:60],
            handle=f"hostile-{number}",
            capacity=Capacity.LIVED_EXPERIENCE,
            bio="\n".join(chunks[number]) if number < len(chunks) else "",
            terms_version=settings.TERMS_VERSION,
        )
        for number, text in enumerate(strings)
    )
    # Posts titled with each string (their bodies summarised on the home page) ...
    Post.objects.bulk_create(
        Post(
            author=members[number],
            title=text[:200],
            slug=f"titled-{number}",
            body=text,
            body_html=render_markdown(text),
            status=Status.PUBLISHED,
            published_at=now,
        )
        for number, text in enumerate(strings)
    )
    # ... and posts whose bodies hold twenty strings each, each string also a comment on it.
    carriers = Post.objects.bulk_create(
        Post(
            author=members[number],
            title=f"Carrier {number}",
            slug=f"carrier-{number}",
            body="\n\n".join(chunk),
            body_html=render_markdown("\n\n".join(chunk)),
            status=Status.PUBLISHED,
            published_at=now,
        )
        for number, chunk in enumerate(chunks)
    )
    Comment.objects.bulk_create(
        Comment(
            post=carriers[number // CHUNK],
            author=members[number],
            body=text,
            body_html=render_markdown(text),
            status=Status.PUBLISHED,
            published_at=now,
        )
        for number, text in enumerate(strings)
    )
    return HostileSite(
        posts_to_read=[post.get_absolute_url() for post in carriers],
        authors_to_read=[members[number].get_absolute_url() for number in range(len(chunks))],
        xss_titles=XSS_PAYLOADS,
    )


def _runnable_things_on(reader: Visit, path: str) -> list[str]:
    reader.go(path)
    page = reader.page
    page.wait_for_timeout(30)  # autofocus and animation handlers fire just after load
    problems = [f"{path}: {problem}" for problem in page.evaluate(FIND_RUNNABLE_THINGS)]
    problems += [f"{path}: ran {hit}" for hit in page.evaluate("window.__xss")]
    if reader.url_path() != path:
        problems.append(f"{path}: the page navigated itself to {page.url}")
    return problems


def test_no_hostile_text_runs_as_script_anywhere_it_is_shown(visit, hostile_site):
    reader = visit(bypass_csp=True)
    reader.arm_xss_sentinel()
    problems = _runnable_things_on(reader, "/")
    shown = " ".join(reader.page.inner_text("main").split())
    for title in hostile_site.xss_titles:
        assert " ".join(title[:200].split()) in shown, f"the title {title!r} is not shown as text"
    reader.screenshot("hostile-titles", full_page=False)  # the whole list is metres long

    for number, path in enumerate(hostile_site.posts_to_read + hostile_site.authors_to_read):
        problems += _runnable_things_on(reader, path)
        if number == 0:
            reader.screenshot("hostile-post-and-comments")
    assert not problems, "\n".join(problems)
    assert not reader.dialogs, reader.dialogs

    # The control: on these very pages, with the CSP off, a raw handler does run.
    reader.page.evaluate(
        "document.querySelector('main').insertAdjacentHTML('beforeend',"
        " '<img src=x onerror=__xss_hit(999)>')"
    )
    reader.page.wait_for_function("() => window.__xss.length > 0")
    reader.allow_console_errors = True  # the control's broken image is logged


def test_the_content_security_policy_would_stop_an_inline_handler_that_got_through(
    visit, practitioner
):
    post = make_post(practitioner, "An ordinary post", "Nothing hostile here.")
    reader = visit()
    reader.arm_xss_sentinel()
    reader.go(post.get_absolute_url())
    reader.page.evaluate(
        "document.querySelector('main').insertAdjacentHTML('beforeend',"
        " '<img src=x onerror=__xss_hit(1000)>')"
    )
    reader.page.wait_for_timeout(200)
    assert reader.page.evaluate("window.__xss") == []
    assert any("Content Security Policy" in message for message in reader.console_errors)
    reader.allow_console_errors = True
