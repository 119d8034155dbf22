"""The page cache: visitors get cached pages, changes show at once, members are never shared.

Most tests run twice: with the local-memory cache and with Redis (skipped when no Redis
answers at REDIS_URL, or redis://127.0.0.1:6379/15; CI's machine runs one).
"""

from __future__ import annotations

import os
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from blog import caching
from blog.models import Comment, Status
from tests.blog.factories import make_comment, make_post

TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def redis_reachable() -> bool:
    try:
        import redis

        redis.Redis.from_url(TEST_REDIS_URL, socket_connect_timeout=1).ping()
    except Exception:
        return False
    return True


@pytest.fixture(params=["locmem", "redis"])
def page_cache(request, settings):
    """The site's cache, as local memory or as Redis under a prefix of this test's own."""
    if request.param == "redis":
        if not redis_reachable():
            pytest.skip(f"No Redis answers at {TEST_REDIS_URL}")
        prefix = f"test-{uuid.uuid4().hex}"
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": TEST_REDIS_URL,
                "KEY_PREFIX": prefix,
            }
        }
        yield request.param
        import redis

        server = redis.Redis.from_url(TEST_REDIS_URL)
        keys = list(server.scan_iter(match=f"{prefix}:*"))
        if keys:
            server.delete(*keys)
    else:
        yield request.param


def is_hit(response) -> bool:
    return response.get("X-Page-Cache") == "hit"


def fetch_twice(client, url: str):
    """Request a page twice; the second answer should come from the cache."""
    first = client.get(url)
    assert first.status_code == 200, url
    return client.get(url)


@pytest.fixture
def posts(practitioner, lived_experience):
    """Two published posts under one tag, each with a comment."""
    made = [make_post(practitioner, title, tags=("night shifts",)) for title in ("First", "Second")]
    for post in made:
        make_comment(post, lived_experience, f"A comment on {post.title}")
    return made


READER_PAGES = {
    "home": lambda post: reverse("blog:home"),
    "tag": lambda post: reverse("blog:tag", args=["night-shifts"]),
    "author": lambda post: post.author.get_absolute_url(),
    "tag index": lambda post: reverse("blog:tag_index"),
    "feed": lambda post: reverse("blog:feed_atom"),
    "tag feed": lambda post: reverse("blog:tag_feed_rss", args=["night-shifts"]),
    "sitemap": lambda post: reverse("sitemap"),
    "sitemap section": lambda post: reverse("sitemap_section", args=["posts"]),
    "post": lambda post: post.get_absolute_url(),
    "search": lambda post: reverse("blog:search") + "?q=second",
}


@pytest.mark.parametrize("page", list(READER_PAGES))
def test_a_visitor_is_served_a_cached_page_without_a_database_query(
    client, posts, page_cache, page, django_assert_num_queries
):
    url = READER_PAGES[page](posts[1])
    client.get(url)
    with django_assert_num_queries(0):
        response = client.get(url)
    assert is_hit(response)
    assert response.status_code == 200


def test_a_cached_page_carries_the_same_security_headers_as_a_fresh_one(client, posts):
    fresh = client.get("/")
    cached = client.get("/")
    assert is_hit(cached)
    for header in ("Content-Security-Policy", "X-Frame-Options", "Content-Type", "Vary"):
        assert cached[header] == fresh[header], header
    assert cached.content == fresh.content


def test_query_parameters_a_page_ignores_share_its_cached_copy(client, posts):
    client.get("/")
    assert is_hit(client.get("/?utm_source=newsletter"))
    assert not is_hit(client.get("/?before=1.1"))  # a cursor is a different page


def test_the_page_cache_can_be_turned_off(client, posts, settings):
    settings.PAGE_CACHE_SECONDS = 0
    assert not is_hit(fetch_twice(client, "/"))


# --- Changes show at once ---------------------------------------------------------------


@pytest.mark.parametrize(
    "page", [p for p in READER_PAGES if p not in {"post", "search", "sitemap"}]
)
def test_publishing_a_post_shows_it_on_every_cached_page(
    client, posts, practitioner, page_cache, page
):
    url = READER_PAGES[page](posts[0])
    fetch_twice(client, url)
    draft = make_post(
        practitioner, "Freshly published", status=Status.DRAFT, tags=("night shifts",)
    )
    # Lists link to the post; the tag index counts it.
    shows_it = "3 posts" if page == "tag index" else "freshly-published"
    assert shows_it not in client.get(url).content.decode()
    draft.transition(Status.PUBLISHED, allowed_from={Status.DRAFT})  # as moderation does
    response = client.get(url)
    assert not is_hit(response)
    assert shows_it in response.content.decode()


@pytest.mark.parametrize("page", ["home", "tag", "author", "feed", "post"])
def test_editing_a_post_shows_the_new_words(client, posts, page_cache, page):
    url = READER_PAGES[page](posts[1])
    fetch_twice(client, url)
    posts[1].title = "Second, retitled"
    posts[1].save()
    assert "Second, retitled" in client.get(url).content.decode()


@pytest.mark.parametrize("page", ["home", "tag", "author", "feed", "tag feed", "sitemap section"])
def test_hiding_a_post_takes_it_off_every_cached_page(client, posts, page_cache, page):
    url = READER_PAGES[page](posts[1])
    slug = posts[1].slug
    assert slug in fetch_twice(client, url).content.decode()
    posts[1].transition(Status.HIDDEN, allowed_from={Status.PUBLISHED})
    assert slug not in client.get(url).content.decode()
    assert client.get(posts[1].get_absolute_url()).status_code == 404


def test_a_hidden_post_page_is_not_served_from_the_cache(client, posts, page_cache):
    fetch_twice(client, posts[1].get_absolute_url())
    posts[1].transition(Status.HIDDEN, allowed_from={Status.PUBLISHED})
    assert client.get(posts[1].get_absolute_url()).status_code == 404


def test_deleting_a_post_takes_it_off_cached_pages(client, posts, page_cache):
    fetch_twice(client, "/")
    fetch_twice(client, posts[1].get_absolute_url())
    slug = posts[1].slug
    posts[1].delete()
    assert slug not in client.get("/").content.decode()
    assert client.get(f"/posts/{slug}/").status_code == 404


def test_a_new_comment_shows_on_its_post_and_other_pages_stay_cached(
    client, posts, carer, page_cache
):
    first, second = posts
    fetch_twice(client, first.get_absolute_url())
    fetch_twice(client, second.get_absolute_url())
    fetch_twice(client, "/")
    make_comment(first, carer, "A brand new comment")
    assert "A brand new comment" in client.get(first.get_absolute_url()).content.decode()
    assert is_hit(client.get(second.get_absolute_url()))
    assert is_hit(client.get("/"))


def test_hiding_a_comment_takes_it_off_the_cached_post_page(client, posts, page_cache):
    post = posts[0]
    comment = Comment.objects.get(post=post)
    assert comment.body in fetch_twice(client, post.get_absolute_url()).content.decode()
    comment.transition(Status.HIDDEN, allowed_from={Status.PUBLISHED})
    assert comment.body not in client.get(post.get_absolute_url()).content.decode()


def test_a_comment_published_by_a_moderator_shows_on_the_cached_post_page(
    client, posts, carer, page_cache
):
    post = posts[0]
    waiting = make_comment(post, carer, "Held for a moderator", status=Status.PENDING)
    assert waiting.body not in fetch_twice(client, post.get_absolute_url()).content.decode()
    waiting.transition(Status.PUBLISHED, allowed_from={Status.PENDING})
    assert waiting.body in client.get(post.get_absolute_url()).content.decode()


def test_deleting_a_comment_takes_it_off_the_cached_post_page(client, posts, page_cache):
    post = posts[0]
    comment = Comment.objects.get(post=post)
    assert comment.body in fetch_twice(client, post.get_absolute_url()).content.decode()
    comment.delete()
    assert comment.body not in client.get(post.get_absolute_url()).content.decode()


def test_renaming_an_author_shows_the_new_name_on_cached_pages(client, posts, practitioner):
    fetch_twice(client, "/")
    practitioner.display_name = "Priya R"
    practitioner.save()
    assert "Priya R" in client.get("/").content.decode()


def test_a_member_signing_in_does_not_empty_the_cache(client, posts, practitioner):
    from django.contrib.auth.models import update_last_login

    fetch_twice(client, "/")
    update_last_login(None, practitioner)
    assert is_hit(client.get("/"))


def test_retagging_a_post_shows_on_the_cached_tag_page(client, posts):
    url = reverse("blog:tag", args=["night-shifts"])
    fetch_twice(client, url)
    posts[1].tags.clear()
    assert posts[1].slug not in client.get(url).content.decode()


def test_a_lost_version_token_never_brings_back_an_old_page(client, posts):
    """If the cache drops the generation token, old entries must not match a new one."""
    assert "First" in fetch_twice(client, "/").content.decode()
    with connection.cursor() as cursor:  # a change the signals can't see
        cursor.execute(
            "UPDATE blog_post SET title = %s WHERE id = %s",
            ["Changed behind the cache's back", posts[0].pk],
        )
    from django.core.cache import cache

    cache.delete(caching.GENERATION_KEY)
    response = client.get("/")
    assert not is_hit(response)
    assert "Changed behind the cache&#x27;s back" in response.content.decode()


# --- Nothing personal is shared --------------------------------------------------------


def test_a_signed_in_members_page_never_reaches_a_visitor(
    client, django_user_model, posts, practitioner, page_cache
):
    from django.test import Client

    draft = make_post(practitioner, "My private draft", status=Status.DRAFT)
    member = Client()
    member.force_login(practitioner)
    for url in ("/", posts[0].get_absolute_url(), draft.get_absolute_url()):
        page = member.get(url).content.decode()
        assert practitioner.display_name in page
        assert not is_hit(member.get(url))
    assert "My private draft" in member.get(draft.get_absolute_url()).content.decode()
    for url in ("/", posts[0].get_absolute_url()):
        response = client.get(url)
        assert not is_hit(response), f"{url} was stored from a member's visit"
        assert "Log out" not in response.content.decode()
        assert "My posts" not in response.content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert "My private draft" not in client.get("/").content.decode()


def test_a_member_is_never_given_a_page_cached_for_visitors(
    client_for, client, posts, practitioner, carer, page_cache
):
    fetch_twice(client, "/")
    fetch_twice(client, posts[0].get_absolute_url())
    member = client_for(carer)
    for url in ("/", posts[0].get_absolute_url()):
        response = member.get(url)
        assert not is_hit(response)
        assert carer.display_name in response.content.decode()
        assert "Log out" in response.content.decode()


def test_two_members_never_see_each_others_pages(posts, practitioner, carer):
    from django.test import Client

    first, second = Client(), Client()
    first.force_login(practitioner)
    second.force_login(carer)
    first.get("/")
    page = second.get("/").content.decode()
    assert carer.display_name in page
    assert "Priya (nurse)" not in page.split("<main", 1)[0]  # not in the header


def test_a_visitor_with_a_message_waiting_sees_it_and_it_is_not_cached(client, posts, practitioner):
    from django.test import Client

    client.force_login(practitioner)
    client.post(reverse("account_logout"))
    after_logout = client.get("/")
    assert "signed out" in after_logout.content.decode().lower()
    assert not is_hit(after_logout)
    assert "signed out" not in Client().get("/").content.decode().lower()


def test_a_page_holding_a_csrf_token_is_never_stored(client, settings, db):
    settings.ROOT_URLCONF = "tests.perf.page_cache_urls"
    from tests.perf import page_cache_urls

    page_cache_urls.RENDERED.clear()
    first = client.get("/with-form/")
    second = client.get("/with-form/")
    assert not is_hit(second)
    assert len(page_cache_urls.RENDERED) == 2
    assert first.content != second.content  # each visitor's token is their own


def test_the_tag_index_counts_come_from_a_shared_fragment_for_members_too(
    client_for, posts, carer, practitioner
):
    member = client_for(carer)
    url = reverse("blog:tag_index")
    member.get(url)
    with CaptureQueriesContext(connection) as queries:
        member.get(url)
    assert not any("COUNT(" in query["sql"].upper() for query in queries.captured_queries)
    make_post(practitioner, "Third", tags=("night shifts",))
    assert "3 posts" in member.get(url).content.decode()
