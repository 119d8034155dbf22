"""A person with lived experience comments; a comment showing risk brings the crisis
contacts onto their screen at once, and waits for a moderator instead of going live."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from accounts.models import Capacity, TrustLevel
from blog.models import Comment, Status
from tests.blog.factories import make_post
from tests.conftest import make_member
from tests.e2e.journeys import expect_heading, field, sign_in

POST_TITLE = "What helps on a hard night shift"
KIND_WORDS = "Reading this made me feel less alone. Thank you for writing it."
RISKY_WORDS = (
    "Honestly I don't see the point any more. I've been saving up my tablets and "
    "I'm going to take them all tonight."
)


@pytest.fixture
def sam(practitioner):
    make_post(
        practitioner,
        POST_TITLE,
        "Some nights the ward is loud and some nights it is very quiet. Here is what helps me.",
        tags=("night shifts",),
    )
    return make_member(
        "sam.lived@example.org",
        "Sam",
        capacity=Capacity.LIVED_EXPERIENCE,
        trust_level=TrustLevel.ESTABLISHED,
    )


def test_a_member_comments_and_a_comment_showing_risk_brings_crisis_contacts(
    visit, javascript, sam
):
    member = visit(javascript=javascript)
    page = sign_in(member, sam.email, audit=True)
    page.get_by_role("link", name=POST_TITLE).click()
    expect_heading(page, POST_TITLE)
    member.audit("post-signed-in")

    field(page, "Your comment").fill(KIND_WORDS)
    page.get_by_role("button", name="Post comment").click()
    expect(page.locator(".comment-body", has_text=KIND_WORDS)).to_be_visible()
    member.audit("comment-published")

    field(page, "Your comment").fill(RISKY_WORDS)
    page.get_by_role("button", name="Post comment").click()
    crisis = page.get_by_role("complementary", name=re.compile("talk to someone", re.IGNORECASE))
    expect(crisis).to_be_visible()
    expect(crisis).to_contain_text("Samaritans")
    expect(crisis).to_contain_text("116 123")
    member.audit("comment-held-crisis-contacts")

    held = Comment.objects.get(body=RISKY_WORDS)
    assert held.status == Status.PENDING
    assert Comment.objects.get(body=KIND_WORDS).status == Status.PUBLISHED

    # Other readers don't see it while a moderator reads it.
    reader = visit(javascript=javascript)
    reader.go(held.post.get_absolute_url())
    expect(reader.page.locator(".comment-body", has_text=KIND_WORDS)).to_be_visible()
    expect(reader.page.get_by_text("saving up my tablets")).to_have_count(0)
