"""A database error part-way through a submission leaves nothing behind and says so kindly.

Faults are injected with Django's `connection.execute_wrapper`: the statement that writes the
second or third row of a submission fails, as a dropped connection or a full disk would make
it. The person sees a plain message (never a traceback), their words are still in the form,
nothing half-saved is left in the database, and trying again works.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.db import OperationalError, connection
from django.test import Client

from accounts.models import User
from blog.models import Comment, Post, Status, Tag
from tests.blog.factories import make_post
from tests.conftest import PASSWORD

SAVE_FAILED = "nothing was saved"


@contextmanager
def failing(statement: str) -> Iterator[list[str]]:
    """Make every SQL statement matching the regex `statement` fail; yields those that did."""
    pattern = re.compile(statement, re.IGNORECASE)
    failed: list[str] = []

    def wrapper(execute, sql, params, many, context):
        if pattern.search(sql):
            failed.append(sql)
            raise OperationalError("simulated: server closed the connection unexpectedly")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(wrapper):
        yield failed


def page_text(response) -> str:
    return html.unescape(response.content.decode())


def assert_told_kindly(response) -> None:
    assert response.status_code in {200, 503}, response.status_code
    text = page_text(response)
    assert SAVE_FAILED in text
    assert "Traceback" not in text and "OperationalError" not in text


@pytest.fixture
def member(client_for, practitioner) -> Client:
    client = client_for(practitioner)
    client.raise_request_exception = False
    return client


NEW_POST = {
    "title": "Handover at the end of a long week",
    "body": "What I have learned about handing over well.",
    "excerpt": "",
    "content_warning": "",
    "tags_text": "handover, night shifts",
}


@pytest.mark.parametrize("action", ["save", "submit"])
def test_a_post_whose_tags_fail_to_save_leaves_no_post_and_keeps_the_words(member, action):
    with failing(r'INSERT (OR IGNORE )?INTO "blog_post_tags"') as failed:
        response = member.post("/write/new/", NEW_POST | {"action": action})
    assert failed, "the fault was never reached: is the statement still written this way?"
    assert_told_kindly(response)
    assert NEW_POST["title"] in page_text(response), "the title typed was lost"
    assert NEW_POST["body"] in page_text(response), "the post typed was lost"
    assert not Post.objects.exists()
    assert not Tag.objects.exists()

    retry = member.post("/write/new/", NEW_POST | {"action": action})
    assert retry.status_code == 302
    post = Post.objects.get()
    assert sorted(post.tags.values_list("name", flat=True)) == ["handover", "night shifts"]


def test_a_post_whose_moderation_record_fails_to_save_is_not_left_behind(member):
    with failing(r'INSERT INTO "moderation_') as failed:
        response = member.post("/write/new/", NEW_POST | {"action": "submit"})
    assert failed
    assert_told_kindly(response)
    assert not Post.objects.exists()
    assert not Tag.objects.exists()
    assert member.post("/write/new/", NEW_POST | {"action": "submit"}).status_code == 302
    assert Post.objects.get().status == Status.PUBLISHED


def test_a_comment_whose_moderation_record_fails_is_not_left_behind(
    client_for, lived_experience, practitioner
):
    post = make_post(practitioner, "Somewhere to comment", "Comments welcome.")
    client = client_for(lived_experience)
    client.raise_request_exception = False
    words = {"body": "Thank you, this helped me understand the ward."}
    with failing(r'INSERT INTO "moderation_') as failed:
        response = client.post(f"/posts/{post.slug}/comments/", words)
    assert failed
    assert_told_kindly(response)
    assert words["body"] in page_text(response), "the comment typed was lost"
    assert not Comment.objects.exists()

    assert client.post(f"/posts/{post.slug}/comments/", words).status_code == 302
    assert Comment.objects.get().body == words["body"]


def test_a_sign_up_whose_address_fails_to_save_leaves_no_account(client, db):
    client.raise_request_exception = False
    joining = {
        "display_name": "Joining member",
        "email": "joining@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "capacity": "reader",
        "accept_terms": "on",
    }
    with failing(r'INSERT INTO "account_emailaddress"') as failed:
        response = client.post("/accounts/signup/", joining)
    assert failed
    assert_told_kindly(response)
    assert not User.objects.filter(email="joining@example.org").exists()
    assert not EmailAddress.objects.exists()
    assert not mail.outbox

    assert client.post("/accounts/signup/", joining).status_code == 302
    assert User.objects.filter(email="joining@example.org").exists()
    assert len(mail.outbox) == 1


def test_when_the_database_is_unreachable_every_page_says_so_plainly(client, db):
    client.raise_request_exception = False
    with failing(r"."):
        response = client.get("/")
    assert response.status_code in {500, 503}
    assert "Traceback" not in page_text(response)


def test_any_failure_part_way_through_a_submission_keeps_none_of_it(client, db):
    """Not only database errors: a bug after the first row is written rolls it back too."""
    client.raise_request_exception = False

    def crash(execute, sql, params, many, context):
        if 'INTO "account_emailaddress"' in sql:
            raise RuntimeError("simulated bug after the account row was written")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(crash):
        response = client.post(
            "/accounts/signup/",
            {
                "display_name": "Joining member",
                "email": "joining@example.org",
                "password1": PASSWORD,
                "password2": PASSWORD,
                "capacity": "reader",
                "accept_terms": "on",
            },
        )
    assert response.status_code == 500
    assert not User.objects.filter(email="joining@example.org").exists()
