"""A moderator signs in with two-factor authentication and approves a post that was held."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from accounts.models import Capacity, Profession, Regulator
from blog.models import Post, Status
from blog.submission import submit_post
from tests.blog.factories import make_post
from tests.conftest import make_member
from tests.e2e.journeys import (
    approve_from_the_queue,
    authenticator_code,
    expect_heading,
    field,
    sign_in,
)

HELD_TITLE = "My first week as a peer support worker"


@pytest.fixture
def held_post() -> Post:
    """A new member's first post: the checker finds nothing, but a moderator reads it first."""
    newcomer = make_member(
        "newcomer@example.org",
        "Dev (peer worker)",
        capacity=Capacity.PRACTITIONER,
        profession=Profession.PEER_SUPPORT_WORKER,
        regulator=Regulator.OTHER,
    )
    post = make_post(
        newcomer,
        HELD_TITLE,
        "Starting on the team has made me think about what I bring from my own recovery, "
        "and where I draw the line about sharing it.",
        status=Status.DRAFT,
    )
    assert submit_post(post).status == Status.PENDING
    return post


def test_a_moderator_signs_in_with_two_factor_and_approves_a_held_post(
    visit, javascript, moderator_secret, held_post
):
    moderator = visit(javascript=javascript)
    page = sign_in(moderator, "jo.moderator@example.org")

    # The password alone is not enough: the authenticator's code is asked for, and checked.
    expect_heading(page, "Two-Factor Authentication")
    moderator.audit("two-factor")
    wrong = f"{(int(authenticator_code(moderator_secret)) + 1) % 1_000_000:06d}"
    field(page, "Code").fill(wrong)
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_text(re.compile("incorrect|invalid", re.IGNORECASE)).first).to_be_visible()
    field(page, "Code").fill(authenticator_code(moderator_secret))
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()

    approve_from_the_queue(moderator, HELD_TITLE, audit=True)
    expect(page.get_by_text(re.compile("approved|published", re.IGNORECASE)).first).to_be_visible()
    moderator.audit("moderation-decided")
    held_post.refresh_from_db()
    assert held_post.status == Status.PUBLISHED

    # Anyone can read it now.
    reader = visit(javascript=javascript)
    reader.go("/")
    expect(reader.page.get_by_role("link", name=HELD_TITLE)).to_be_visible()


def test_without_the_second_factor_the_queue_stays_shut(visit, moderator_secret, held_post):
    moderator = visit()
    page = sign_in(moderator, "jo.moderator@example.org")
    expect_heading(page, "Two-Factor Authentication")
    moderator.go("/moderation/")
    expect(page.get_by_role("link", name=HELD_TITLE)).to_have_count(0)
    assert moderator.url_path().startswith("/accounts/")
