"""A small populated site for the security tests to crawl and attack."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from django.db import transaction
from django.test import Client

from accounts.models import Capacity, Profession, TrustLevel, User
from blog.models import Comment, Post, Status
from tests.blog.factories import make_comment, make_post
from tests.conftest import make_member
from tests.security.crawl import CrawledPage, crawl

# Pages the crawl starts from, beyond what the home page links to: places only reached by a
# signed-in member or by typing the address.
START_PAGES = [
    "/",
    "/tags/",
    "/search/?q=ward",
    "/help/",
    "/guidance/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/write/",
    "/write/new/",
    "/accounts/settings/",
    "/accounts/your-data/",
    "/accounts/2fa/",
    "/moderation/",
]


@dataclass
class PopulatedSite:
    post: Post
    draft: Post
    comment: Comment
    reply: Comment


@pytest.fixture
def populated_site(practitioner, lived_experience, carer) -> PopulatedSite:
    """A published post with tags, a comment and a reply, and the author's own draft."""
    post = make_post(
        practitioner,
        "What the ward taught me about waiting",
        "Some thoughts on **waiting** with people.\n\n- a list\n- of things",
        tags=("reflective practice", "ward life"),
    )
    comment = make_comment(post, lived_experience, "This rang true for me.")
    reply = make_comment(post, carer, "And for us as a family.", parent=comment)
    draft = make_post(practitioner, "Half a thought", "Not ready yet.", status=Status.DRAFT)
    return PopulatedSite(post=post, draft=draft, comment=comment, reply=reply)


@pytest.fixture
def new_member(db):
    """A member who joined today: their contributions wait for a moderator."""
    return make_member("new@example.org", "Newly joined", capacity=Capacity.LIVED_EXPERIENCE)


def make_moderator_with_two_factor(email: str = "crawl-moderator@example.org") -> User:
    """A moderator who has set up an authenticator app, as moderation pages require."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.contrib.auth.models import Group

    moderator = make_member(
        email,
        "Moderator Rae",
        capacity=Capacity.PRACTITIONER,
        profession=Profession.SOCIAL_WORKER,
        trust_level=TrustLevel.ESTABLISHED,
    )
    moderator.groups.add(Group.objects.get_or_create(name="moderators")[0])
    TOTP.activate(moderator, generate_totp_secret())
    return moderator


@pytest.fixture(scope="session")
def crawled_site(django_db_setup, django_db_blocker) -> Iterator[dict[str, list[CrawledPage]]]:
    """The site as an anonymous reader, an author and a moderator see it, crawled once.

    The pages are plain data, so the crawl is shared by every security test; the rows made
    for it are rolled back straight away.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        author = make_member(
            "crawl-author@example.org",
            "Crawl author",
            capacity=Capacity.PRACTITIONER,
            profession=Profession.NURSE,
            trust_level=TrustLevel.ESTABLISHED,
        )
        commenter = make_member(
            "crawl-commenter@example.org", "Crawl commenter", capacity=Capacity.LIVED_EXPERIENCE
        )
        post = make_post(
            author,
            "What the ward taught me about waiting",
            "Some thoughts on **waiting**.",
            tags=("reflective practice",),
        )
        comment = make_comment(post, commenter, "This rang true for me.")
        make_comment(post, author, "Thank you.", parent=comment)
        make_post(author, "Half a thought", "Not ready yet.", status=Status.DRAFT)
        moderator = make_moderator_with_two_factor()
        pages = {"anonymous": crawl(Client(), START_PAGES)}
        for role, member in (("author", author), ("moderator", moderator)):
            signed_in = Client()
            signed_in.force_login(member)
            pages[role] = crawl(signed_in, START_PAGES)
        transaction.set_rollback(True)
    yield pages
