"""A reader reports a comment; a moderator finds the report waiting."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from accounts.models import Capacity, TrustLevel
from moderation.models import Report
from tests.blog.factories import make_comment, make_post
from tests.conftest import make_member
from tests.e2e.journeys import expect_heading, field, sign_in

POST_TITLE = "Learning from a complaint"
UNKIND_COMMENT = "People who complain like that are just attention seekers, ignore them."


@pytest.fixture
def reader(practitioner, carer):
    post = make_post(
        practitioner, POST_TITLE, "What a family's complaint taught our team about listening."
    )
    make_comment(post, carer, UNKIND_COMMENT)
    return make_member(
        "ola.reader@example.org",
        "Ola",
        capacity=Capacity.READER,
        trust_level=TrustLevel.ESTABLISHED,
    )


def test_a_reader_reports_a_comment(visit, javascript, reader):
    member = visit(javascript=javascript)
    page = sign_in(member, reader.email)
    page.get_by_role("link", name=POST_TITLE).click()
    comment = page.locator("article.comment", has_text=UNKIND_COMMENT)
    comment.get_by_role("link", name=re.compile("^Report")).click()

    expect_heading(page, "Report this comment")
    member.audit("report-form")
    field(page, "It attacks, mocks or demeans a person").check()
    field(page, "Anything else a moderator should know? (optional)").fill(
        "Calling people attention seekers is stigmatising."
    )
    page.get_by_role("button", name="Send the report").click()
    expect(page.get_by_text(re.compile("Thank you. A moderator will look at it"))).to_be_visible()
    member.audit("report-sent")

    report = Report.objects.get()
    assert report.reporter == reader
    assert report.reason == "personal-attack"

    # Reporting twice is not possible: the page says it is already reported.
    page.goto(page.url)
    comment.get_by_role("link", name=re.compile("^Report")).click()
    expect(page.get_by_text(re.compile("You reported this on"))).to_be_visible()
