"""A confirmed e-mail address comes before posting and commenting."""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from accounts.models import User
from blog.models import Comment, Post
from tests.blog.factories import make_post
from tests.conftest import make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def unverified_member() -> User:
    member = make_member("unconfirmed@example.org", "Jules Unconfirmed")
    EmailAddress.objects.filter(user=member).update(verified=False)
    return member


def test_an_unverified_member_cannot_post(client_for, unverified_member):
    client = client_for(unverified_member)

    page = client.get(reverse("blog:post_create"))
    attempt = client.post(
        reverse("blog:post_create"),
        {"title": "Before confirming", "body": "Some words.", "action": "submit"},
    )

    assert page.status_code == 403
    assert attempt.status_code == 403
    assert "confirm your e-mail address" in attempt.content.decode()
    assert not Post.objects.filter(author=unverified_member).exists()


def test_an_unverified_member_cannot_comment(client_for, unverified_member, practitioner):
    post = make_post(practitioner, "A published post")

    response = client_for(unverified_member).post(
        reverse("blog:comment_create", args=[post.slug]), {"body": "Thank you for this."}
    )

    assert response.status_code == 403
    assert not Comment.objects.filter(author=unverified_member).exists()


def test_the_page_offers_a_new_confirmation_link(client_for, unverified_member):
    page = client_for(unverified_member).get(reverse("blog:post_create")).content.decode()

    assert f'action="{reverse("account_email")}"' in page
    assert 'value="unconfirmed@example.org"' in page
    assert 'name="action_send"' in page


def test_a_visitor_who_is_not_signed_in_is_sent_to_log_in(client):
    response = client.get(reverse("blog:post_create"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_a_verified_member_can_open_the_write_page(client_for, practitioner):
    assert client_for(practitioner).get(reverse("blog:post_create")).status_code == 200


def test_asking_for_a_new_link_sends_one(client_for, unverified_member, mailoutbox):
    response = client_for(unverified_member).post(
        reverse("account_email"), {"action_send": "", "email": "unconfirmed@example.org"}
    )

    assert response.status_code == 302
    (message,) = mailoutbox
    assert message.to == ["unconfirmed@example.org"]
    assert "/accounts/confirm-email/" in message.body
