"""Lists page by cursor, without counting: every post once, old links kept, bad links 404."""

from __future__ import annotations

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from blog.models import Post, Status
from blog.pagination import decode_cursor, encode_cursor
from tests.blog.factories import make_post

PER_PAGE = 3
LINK = re.compile(r'<a class="page-link" href="([^"]+)" rel="(prev|next)">')


@pytest.fixture(autouse=True)
def small_pages(settings):
    settings.POSTS_PER_PAGE = PER_PAGE


@pytest.fixture
def timeline(practitioner):
    """Eight published posts an hour apart, two sharing a moment, and one hidden and one draft."""
    start = timezone.now() - datetime.timedelta(days=1)
    posts = []
    for number in range(8):
        post = make_post(practitioner, f"Post {number}", tags=("night shifts",))
        # Posts 3 and 4 went live at the same microsecond: the id breaks the tie.
        moment = start + datetime.timedelta(hours=min(number, 3) if number < 5 else number)
        Post.objects.filter(pk=post.pk).update(published_at=moment)
        posts.append(post)
    make_post(practitioner, "Hidden post", status=Status.HIDDEN)
    make_post(practitioner, "Draft post", status=Status.DRAFT)
    return posts


def titles(response) -> list[str]:
    return re.findall(r'id="post-\d+-title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


def links(response) -> dict[str, str]:
    found = LINK.findall(response.content.decode())
    return {rel: href.replace("&amp;", "&") for href, rel in found}


def newest_first(posts) -> list[str]:
    ordered = Post.objects.filter(pk__in=[p.pk for p in posts]).order_by("-published_at", "-id")
    return [post.title for post in ordered]


LISTS = {
    "home": lambda author: reverse("blog:home"),
    "tag": lambda author: reverse("blog:tag", args=["night-shifts"]),
    "author": lambda author: author.get_absolute_url(),
}


@pytest.mark.parametrize("page", list(LISTS))
def test_older_links_walk_every_published_post_once_newest_first(
    client, timeline, practitioner, page
):
    url = LISTS[page](practitioner)
    seen, pages = [], 0
    response = client.get(url)
    while True:
        pages += 1
        seen += titles(response)
        older = links(response).get("next")
        if older is None:
            break
        response = client.get(url + older)
        assert response.status_code == 200
        assert "prev" in links(response)  # every page after the first links back
    assert seen == newest_first(timeline)
    assert pages == 3


def test_newer_links_walk_back_to_the_top(client, timeline):
    first = client.get("/")
    second = client.get("/" + links(first)["next"])
    third = client.get("/" + links(second)["next"])
    back = client.get("/" + links(third)["prev"])
    assert titles(back) == titles(second)
    top = client.get("/" + links(back)["prev"])
    assert top.status_code == 302
    assert top["Location"] == "/"


def test_an_old_page_number_link_is_sent_to_the_same_posts(client, timeline):
    response = client.get("/", {"page": 2})
    assert response.status_code == 302
    assert "before=" in response["Location"]
    assert titles(client.get(response["Location"])) == newest_first(timeline)[3:6]
    assert client.get("/", {"page": 1}).status_code == 200


@pytest.mark.parametrize("page", ["0", "-1", "abc", "1.5", "4", "99", "9" * 30])
def test_a_page_number_that_does_not_exist_is_a_404(client, timeline, page):
    assert client.get("/", {"page": page}).status_code == 404


@pytest.mark.parametrize(
    "cursor",
    ["", "abc", "1.2.3", ".5", "5.", "1e5.3", "9" * 30 + ".1", "1." + "9" * 30, "-9" * 9 + ".1"],
)
@pytest.mark.parametrize("direction", ["before", "after"])
def test_a_malformed_cursor_is_a_404(client, timeline, cursor, direction):
    assert client.get("/", {direction: cursor}).status_code == 404


def test_a_cursor_older_than_everything_is_a_404(client, timeline):
    assert client.get("/", {"before": "0.1"}).status_code == 404


def test_a_cursor_survives_a_round_trip():
    moment = datetime.datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=datetime.UTC)
    assert decode_cursor(encode_cursor(moment, 42)) == (moment, 42)


@pytest.mark.parametrize("page", list(LISTS))
def test_lists_run_no_count_query(client, timeline, practitioner, page, settings):
    settings.PAGE_CACHE_SECONDS = 0
    url = LISTS[page](practitioner)
    older = links(client.get(url))["next"]
    for address in (url, url + older):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(address).status_code == 200
        assert not [q["sql"] for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]


@pytest.mark.parametrize("page", list(LISTS))
def test_a_deep_page_costs_the_same_queries_as_the_first(
    client, timeline, practitioner, page, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    url = LISTS[page](practitioner)
    with CaptureQueriesContext(connection) as first:
        response = client.get(url)
    older = client.get(url + links(response)["next"])
    with CaptureQueriesContext(connection) as deep:
        client.get(url + links(older)["next"])
    assert len(deep.captured_queries) == len(first.captured_queries)


def test_search_results_page_without_counting(client, practitioner, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for number in range(7):
        make_post(practitioner, f"Caseload story {number}", body="About caseload pressure.")
    url = reverse("blog:search")
    with CaptureQueriesContext(connection) as queries:
        first = client.get(url, {"q": "caseload"})
    assert not [q for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]
    seen = titles(first)
    second = client.get(url + links(first)["next"])
    third = client.get(url + links(second)["next"])
    seen += titles(second) + titles(third)
    assert sorted(seen) == sorted(f"Caseload story {n}" for n in range(7))
    assert "next" not in links(third)
    assert client.get(url + links(second)["prev"]).content == first.content
    assert client.get(url, {"q": "caseload", "page": 4}).status_code == 404
