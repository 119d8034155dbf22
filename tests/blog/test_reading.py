"""What readers see: lists, posts, tags, authors, search, feeds, sitemap, errors."""

import feedparser
import pytest
from django.urls import reverse

from blog.models import Status
from tests.blog.factories import make_comment, make_post


@pytest.fixture
def library(practitioner, lived_experience, carer):
    """A few published posts with tags and comments, one draft and one pending post."""
    posts = [
        make_post(practitioner, f"Reflections {n}", tags=("reflective practice", f"topic {n}"))
        for n in range(3)
    ]
    for post in posts:
        comment = make_comment(post, lived_experience)
        make_comment(post, carer, "Agreed.", parent=comment)
    make_post(practitioner, "My unfinished draft", status=Status.DRAFT)
    make_post(practitioner, "Waiting for a moderator", status=Status.PENDING)
    return posts


def grow(library, practitioner, lived_experience, carer, extra: int) -> None:
    for n in range(extra):
        post = make_post(practitioner, f"More {n}", tags=("reflective practice", f"more {n}"))
        comment = make_comment(post, lived_experience)
        make_comment(post, carer, parent=comment)


def test_home_lists_published_posts_only(client, library):
    response = client.get("/")
    assert response.status_code == 200
    assert b"Reflections 0" in response.content
    assert b"My unfinished draft" not in response.content
    assert b"Waiting for a moderator" not in response.content


@pytest.mark.parametrize(
    "page_url",
    [
        lambda posts: "/",
        lambda posts: reverse("blog:tag", args=["reflective-practice"]),
        lambda posts: posts[0].get_absolute_url(),
        lambda posts: posts[0].author.get_absolute_url(),
        lambda posts: reverse("blog:tag_index"),
    ],
    ids=["home", "tag", "post", "author", "tag-index"],
)
def test_list_pages_use_the_same_number_of_queries_however_much_content_there_is(
    client, library, practitioner, lived_experience, carer, django_assert_num_queries, page_url
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = page_url(library)
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200
    grow(library, practitioner, lived_experience, carer, extra=12)
    for post in library:
        for _ in range(5):
            make_comment(post, lived_experience)
    with django_assert_num_queries(len(small.captured_queries)):
        assert client.get(url).status_code == 200


def test_home_page_needs_at_most_three_queries(client, library, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        client.get("/")


def test_post_page_shows_comments_and_one_level_of_replies(client, library):
    response = client.get(library[0].get_absolute_url())
    assert response.status_code == 200
    content = response.content.decode()
    assert "Thank you for writing this." in content
    assert 'class="replies"' in content
    assert "Lived experience" in content  # the capacity badge


def test_a_draft_is_not_found_by_a_reader_but_is_shown_to_its_author(client, library, practitioner):
    draft_url = reverse("blog:post", args=["my-unfinished-draft"])
    assert client.get(draft_url).status_code == 404
    client.force_login(practitioner)
    response = client.get(draft_url)
    assert response.status_code == 200
    assert b"Only you can see it" in response.content


def test_a_content_warning_keeps_the_post_folded_until_the_reader_opens_it(client, practitioner):
    post = make_post(practitioner, "Hard week", content_warning="discusses self-harm")
    content = client.get(post.get_absolute_url()).content.decode()
    assert '<details class="content-warning">' in content
    assert "discusses self-harm" in content


def test_tag_index_counts_only_published_posts(client, library, practitioner):
    make_post(practitioner, "Hidden one", status=Status.HIDDEN, tags=("reflective practice",))
    content = client.get(reverse("blog:tag_index")).content.decode()
    assert "3 posts" in content


def test_tag_page_for_an_unknown_tag_is_a_404_in_the_sites_style(client, db):
    response = client.get(reverse("blog:tag", args=["no-such-tag"]))
    assert response.status_code == 404
    assert b"We can't find that page" in response.content
    assert b"Need help now?" in response.content


@pytest.mark.parametrize("page", ["0", "99", "abc", "-1", "1.5"])
def test_a_bad_page_number_is_a_404_not_an_error(client, library, page):
    assert client.get("/", {"page": page}).status_code == 404


def test_search_finds_published_posts_by_their_words(client, practitioner):
    make_post(practitioner, "Supervision that helps", body="Talking about caseload pressure.")
    make_post(practitioner, "Unrelated", body="Gardening at the weekend.")
    make_post(practitioner, "Draft about caseload", body="caseload", status=Status.DRAFT)
    content = client.get(reverse("blog:search"), {"q": "caseload"}).content.decode()
    assert "Supervision that helps" in content
    assert "Unrelated" not in content
    assert "Draft about caseload" not in content


def test_search_copes_with_odd_input(client, library):
    for query in ["", "   ", "'; DROP TABLE blog_post; --", "a" * 5000, "🙂", "&|!():*"]:
        assert client.get(reverse("blog:search"), {"q": query}).status_code == 200


@pytest.mark.parametrize("feed", ["blog:feed_atom", "blog:feed_rss"])
def test_site_feeds_parse_cleanly_and_list_published_posts(client, library, feed):
    response = client.get(reverse(feed))
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    titles = [entry.title for entry in parsed.entries]
    assert "Reflections 0" in titles
    assert "My unfinished draft" not in titles


def test_atom_feed_round_trips_awkward_characters(client, practitioner):
    make_post(practitioner, 'Fish & chips <and> "quotes"')
    parsed = feedparser.parse(client.get(reverse("blog:feed_atom")).content)
    assert parsed.bozo == 0
    assert parsed.version == "atom10"
    assert parsed.entries[0].title == 'Fish & chips <and> "quotes"'


def test_tag_feed_lists_only_that_tags_posts(client, library):
    parsed = feedparser.parse(client.get(reverse("blog:tag_feed_atom", args=["topic-1"])).content)
    assert parsed.bozo == 0
    assert [entry.title for entry in parsed.entries] == ["Reflections 1"]


def test_sitemap_lists_published_posts_and_not_drafts(client, library):
    index = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/sitemap-posts.xml" in index
    content = client.get("/sitemap-posts.xml").content.decode()
    assert library[0].get_absolute_url() in content
    assert "my-unfinished-draft" not in content


def test_sitemap_pages_its_posts_so_none_are_left_out(client, practitioner, monkeypatch):
    from blog.sitemaps import PostSitemap

    monkeypatch.setattr(PostSitemap, "limit", 2)
    posts = [make_post(practitioner, f"Paged {n}") for n in range(3)]
    index = client.get("/sitemap.xml").content.decode()
    assert "sitemap-posts.xml?p=2" in index
    listed = client.get("/sitemap-posts.xml").content.decode()
    listed += client.get("/sitemap-posts.xml", {"p": 2}).content.decode()
    assert all(post.get_absolute_url() in listed for post in posts)


def test_robots_txt_points_at_the_sitemap_and_keeps_private_areas_out(client, db):
    content = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in content
    assert "Disallow: /write/" in content


def test_every_page_links_to_crisis_contacts(client, library):
    response = client.get("/")
    assert reverse("crisis").encode() in response.content
    crisis = client.get(reverse("crisis")).content.decode()
    assert "116 123" in crisis
    assert "85258" in crisis
    assert "111" in crisis
    assert "999" in crisis


def test_pages_have_a_skip_link_a_main_landmark_and_a_language(client, library):
    content = client.get("/").content.decode()
    assert '<html lang="en-GB">' in content
    assert 'href="#main"' in content
    assert '<main id="main"' in content


def test_the_server_error_page_is_in_the_sites_style(client, db, settings):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Something went wrong on our side" in html
    assert "116 123" in html
