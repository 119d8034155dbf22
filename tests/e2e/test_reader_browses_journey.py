"""A reader, not signed in, browses by tag and searches."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.blog.factories import make_post


@pytest.fixture
def published_posts(practitioner, psychologist):
    make_post(
        practitioner,
        "Night shifts and the 3am handover",
        "What I have learned about **handover** on a ward at night.",
        tags=("night shifts", "reflective practice"),
    )
    make_post(
        psychologist,
        "Supervision that actually helps",
        "Reflections on group supervision in a community team.",
        tags=("supervision", "reflective practice"),
    )
    make_post(
        practitioner,
        "Tea, biscuits and the ward round",
        "Small kindnesses on an acute ward.",
        tags=("ward life",),
    )


def test_a_reader_browses_posts_by_tag_and_finds_one_by_searching(
    visit, javascript, published_posts
):
    reader = visit(javascript=javascript)
    page = reader.page

    reader.go("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Common Room")
    expect(page.get_by_role("link", name="Supervision that actually helps")).to_be_visible()
    reader.audit("home")

    # A tag on a post card leads to every post with that tag, and only those.
    page.get_by_role("link", name="reflective practice").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("reflective practice")
    expect(page.get_by_role("link", name="Night shifts and the 3am handover")).to_be_visible()
    expect(page.get_by_role("link", name="Supervision that actually helps")).to_be_visible()
    expect(page.get_by_role("link", name="Tea, biscuits and the ward round")).to_have_count(0)
    reader.audit("tag")

    # The list of every tag, from the main navigation.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Tags").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tags")
    expect(page.get_by_role("link", name="ward life")).to_be_visible()
    reader.audit("tag-index")

    # Search from the box every page has.
    page.get_by_role("searchbox", name="Search posts").fill("handover")
    page.get_by_role("searchbox", name="Search posts").press("Enter")
    page.wait_for_url("**/search/?q=handover")
    results = page.get_by_role("main")
    expect(results.get_by_role("link", name="Night shifts and the 3am handover")).to_be_visible()
    expect(results.get_by_role("link", name="Supervision that actually helps")).to_have_count(0)
    reader.audit("search-results")

    results.get_by_role("link", name="Night shifts and the 3am handover").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Night shifts and the 3am handover")
    expect(page.locator(".post-body strong")).to_have_text("handover")
    reader.audit("post")

    # The author's page, from the byline.
    page.locator(".post-header .byline").get_by_role("link", name="Priya (nurse)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Priya (nurse)")
    reader.audit("author")

    # Crisis contacts are one link away on every page.
    page.get_by_role("link", name=re.compile("Need help now")).click()
    expect(page.get_by_text("116 123").first).to_be_visible()
    reader.audit("crisis-contacts")


def test_a_search_that_matches_nothing_says_so(visit, javascript, published_posts):
    reader = visit(javascript=javascript)
    reader.go("/search/?q=zebra+crossing")
    expect(reader.page.get_by_text("No published posts match those words.")).to_be_visible()
    reader.audit("search-no-results")
