"""A practitioner joins, confirms their e-mail, writes a post that is returned for an NHS
number, fixes it, and sees it published once a moderator has read it."""

from __future__ import annotations

import re

from django.core import mail
from playwright.sync_api import expect

from blog.models import Post, Status
from tests.e2e.journeys import (
    PASSWORD,
    approve_from_the_queue,
    expect_heading,
    field,
    link_in_last_email,
    sign_in_with_two_factor,
)

EMAIL = "amara.okafor@example.org"
TITLE = "What a discharge letter taught me"
# 943 476 5919 is a valid NHS number (its check digit adds up), so the checker must spot it.
BODY_WITH_NHS_NUMBER = (
    "Last week I copied a discharge summary into my own notes to reflect on later. "
    "The letter had the patient's NHS number, 943 476 5919, at the top, and I nearly "
    "pasted it here. What I want to write about is how easily that happens at the end of "
    "a long shift, and what our team now does to slow down before sharing anything."
)
BODY_FIXED = BODY_WITH_NHS_NUMBER.replace(
    "The letter had the patient's NHS number, 943 476 5919, at the top, and I nearly "
    "pasted it here.",
    "The letter had the patient's details at the top, and I nearly pasted them here.",
)


def test_a_practitioner_joins_writes_fixes_a_returned_post_and_sees_it_published(
    visit, javascript, moderator_secret
):
    writer = visit(javascript=javascript)
    page = writer.page

    # Join, from the link every page has.
    writer.go("/")
    page.get_by_role("link", name="Join").click()
    expect_heading(page, "Join Common Room")
    writer.audit("sign-up")
    field(page, "Display name").fill("Amara (OT)")
    field(page, "E-mail address").fill(EMAIL)
    field(page, "Password").fill(PASSWORD)
    field(page, "Password (again)").fill(PASSWORD)
    field(page, "Practitioner").check()
    page.get_by_label("Your profession").select_option(label="Occupational therapist")
    page.get_by_label("Your regulator").select_option(label="HCPC")
    page.get_by_label(re.compile("I have read and accept")).check()
    page.get_by_role("button", name="Join").click()
    expect_heading(page, "Check your e-mail")
    writer.audit("verification-sent")

    # Confirm the address from the e-mail.
    page.goto(link_in_last_email(EMAIL))
    writer.audit("confirm-email")
    page.get_by_role("button", name=re.compile("Confirm", re.IGNORECASE)).click()
    expect(page.get_by_role("link", name="Amara (OT)")).to_be_visible()

    # Write a post that names a patient's NHS number: it comes back, saying where.
    page.get_by_role("link", name="Write", exact=True).click()
    expect_heading(page, "Write a post")
    writer.audit("compose")
    field(page, "Title").fill(TITLE)
    field(page, "Body").fill(BODY_WITH_NHS_NUMBER)
    field(page, "Tags").fill("reflective practice, confidentiality")
    page.get_by_role("button", name="Submit for publishing").click()
    expect(page.get_by_text(re.compile("NHS number", re.IGNORECASE)).first).to_be_visible()
    expect(page.locator("mark", has_text="943 476 5919").first).to_be_visible()
    writer.audit("post-returned")

    # Each finding links to the principle it applies; the guidance page explains it.
    with page.expect_navigation():
        page.locator(".finding-principle a").first.click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    writer.audit("guidance-principle")
    page.go_back()
    post = Post.objects.get(title=TITLE)
    assert post.status == Status.RETURNED
    assert not Post.objects.published().exists()

    # Fix it and send it again. A new member's first post waits for a moderator.
    field(page, "Body").fill(BODY_FIXED)
    page.get_by_role("button", name="Submit for publishing").click()
    expect(page.get_by_text(re.compile("moderator", re.IGNORECASE)).first).to_be_visible()
    writer.audit("post-waiting")
    post.refresh_from_db()
    assert post.status == Status.PENDING
    assert "943 476 5919" not in post.body

    # A moderator reads and approves it (their journey is test_moderator_journey.py).
    moderator = visit(javascript=javascript)
    sign_in_with_two_factor(moderator, "jo.moderator@example.org", moderator_secret)
    approve_from_the_queue(moderator, TITLE)

    page.goto(post.get_absolute_url())
    expect_heading(page, TITLE)
    expect(page.get_by_text(re.compile("Only you can see it"))).to_have_count(0)
    writer.audit("post-published")
    post.refresh_from_db()
    assert post.status == Status.PUBLISHED
    assert any(EMAIL in message.to for message in mail.outbox[1:]), "no e-mail about the decision"
