"""A form sent twice creates one post or comment; under a burst, nothing is lost or doubled."""

from __future__ import annotations

import re
import threading
import uuid

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from blog.models import Comment, Post
from tests.blog.factories import make_comment, make_post
from tests.conftest import make_member

TOKEN = re.compile(r'name="submission_token" value="([0-9a-f-]{36})"')


def comment_url(post: Post) -> str:
    return reverse("blog:comment_create", args=[post.slug])


def test_every_comment_form_on_a_page_has_a_token_of_its_own(
    client_for, practitioner, lived_experience, carer
):
    post = make_post(practitioner)
    for number in range(3):
        make_comment(post, lived_experience, f"Comment {number}")
    page = client_for(carer).get(post.get_absolute_url()).content.decode()
    tokens = TOKEN.findall(page)
    assert len(tokens) == 4  # three reply forms and the new-comment form
    assert len(set(tokens)) == 4


def test_a_comment_form_sent_twice_is_saved_once(client_for, practitioner, carer):
    post = make_post(practitioner)
    member = client_for(carer)
    form = {"body": "Thank you, this helped.", "submission_token": str(uuid.uuid4())}
    first = member.post(comment_url(post), form)
    second = member.post(comment_url(post), form)
    comment = Comment.objects.get()
    assert first.status_code == second.status_code == 302
    assert second["Location"] == first["Location"] == comment.get_absolute_url()
    assert "already been sent" in member.get(second["Location"]).content.decode()


def test_two_forms_with_different_tokens_are_two_comments(client_for, practitioner, carer):
    post = make_post(practitioner)
    member = client_for(carer)
    for _ in range(2):
        member.post(comment_url(post), {"body": "Same words", "submission_token": uuid.uuid4()})
    assert Comment.objects.count() == 2


def test_a_form_sent_again_with_new_words_is_kept_not_dropped(client_for, practitioner, carer):
    """The Back button brings the old form back; what is typed into it again is new."""
    post = make_post(practitioner)
    member = client_for(carer)
    token = str(uuid.uuid4())
    member.post(comment_url(post), {"body": "First thoughts.", "submission_token": token})
    member.post(comment_url(post), {"body": "Second thoughts.", "submission_token": token})
    assert sorted(Comment.objects.values_list("body", flat=True)) == [
        "First thoughts.",
        "Second thoughts.",
    ]


def test_another_members_token_is_not_mistaken_for_a_copy(
    client_for, practitioner, carer, lived_experience
):
    post = make_post(practitioner)
    form = {"body": "Same words", "submission_token": str(uuid.uuid4())}
    client_for(carer).post(comment_url(post), form)
    client_for(lived_experience).post(comment_url(post), form)
    assert Comment.objects.count() == 2


def test_a_form_shown_again_after_a_mistake_keeps_its_token(client_for, practitioner, carer):
    post = make_post(practitioner)
    token = str(uuid.uuid4())
    page = client_for(carer).post(comment_url(post), {"body": "   ", "submission_token": token})
    assert page.status_code == 400
    assert TOKEN.findall(page.content.decode()) == [token]


def test_a_post_form_sent_twice_creates_one_post(client_for, practitioner):
    writer = client_for(practitioner)
    page = writer.get(reverse("blog:post_create")).content.decode()
    (token,) = TOKEN.findall(page)
    form = {
        "title": "Handover at seven",
        "body": "What the handover does not say.",
        "tags_text": "night shifts",
        "action": "save",
        "submission_token": token,
    }
    first = writer.post(reverse("blog:post_create"), form)
    second = writer.post(reverse("blog:post_create"), form)
    post = Post.objects.get()
    assert first["Location"] == second["Location"] == reverse("blog:post_edit", args=[post.slug])
    assert "already been sent" in writer.get(second["Location"]).content.decode()


def test_every_new_post_form_gets_a_fresh_token(client_for, practitioner):
    writer = client_for(practitioner)
    pages = [writer.get(reverse("blog:post_create")).content.decode() for _ in range(2)]
    first, second = (TOKEN.findall(page) for page in pages)
    assert first != second


# --- Under load, on PostgreSQL -------------------------------------------------------------


BURST_MEMBERS = 4
COMMENTS_EACH = 5
COPIES = 2  # every form is sent this many times, at once


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs real concurrent writers")
@pytest.mark.django_db(transaction=True)
def test_a_burst_of_comments_stores_each_accepted_one_exactly_once(practitioner):
    """40 requests at once: 20 distinct comments from four members, each form sent twice."""
    post = make_post(practitioner, "A post many people answer")
    members = [
        make_member(f"burst{number}@example.org", f"Burst member {number}")
        for number in range(BURST_MEMBERS)
    ]
    forms = [
        (member, {"body": f"Comment {n} from {member.display_name}", "submission_token": token})
        for member in members
        for n in range(COMMENTS_EACH)
        for token in [str(uuid.uuid4())]
    ]
    requests = [form for form in forms for _ in range(COPIES)]
    start = threading.Barrier(len(requests))
    answers: list[tuple[dict, int]] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def send(member, form: dict) -> None:
        try:
            client = Client()
            client.force_login(member)
            start.wait(timeout=30)
            response = client.post(comment_url(post), form)
            with lock:
                answers.append((form, response.status_code))
        except BaseException as error:
            failures.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send, args=request) for request in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a request never finished"
    assert not failures, failures
    assert len(answers) == len(requests)
    assert {status for _, status in answers} == {302}, answers  # every copy accepted
    stored = list(Comment.objects.filter(post=post).values_list("submission_token", "body"))
    assert len(stored) == len(forms)
    assert sorted((str(token), body) for token, body in stored) == sorted(
        (form["submission_token"], form["body"]) for _, form in forms
    )
