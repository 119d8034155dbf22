"""Hourly limits per member, and allauth's limits on logging in."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import timezone

from accounts.limits import check_hourly_limit
from blog.models import Comment, Post
from tests.blog.factories import make_comment, make_post
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

NEW_POST = {
    "title": "The sixth post this hour",
    "body": "Words I would be sorry to lose: the long night, the short handover.",
    "tags_text": "night shifts",
    "action": "submit",
}


@pytest.fixture
def limits(settings):
    settings.HOURLY_LIMITS = {"posts": 5, "comments": 3, "reports": 20}
    return settings.HOURLY_LIMITS


def test_the_post_after_the_hourly_limit_is_refused_kindly_with_the_text_kept(
    client_for, practitioner, limits
):
    for number in range(5):
        make_post(practitioner, f"Earlier post {number}")

    response = client_for(practitioner).post(reverse("blog:post_create"), NEW_POST)

    assert response.status_code == 429
    page = response.content.decode()
    assert "5 posts in the last hour" in page
    assert "Nothing you wrote has been lost" in page
    assert "The sixth post this hour" in page
    assert "the long night, the short handover." in page
    assert "night shifts" in page
    assert not Post.objects.filter(title=NEW_POST["title"]).exists()


def test_posts_older_than_an_hour_do_not_count(client_for, practitioner, limits):
    for number in range(5):
        make_post(practitioner, f"Yesterday's post {number}")
    Post.objects.update(created_at=timezone.now() - timedelta(hours=1, minutes=1))

    response = client_for(practitioner).post(reverse("blog:post_create"), NEW_POST)

    assert response.status_code == 302
    assert Post.objects.filter(title=NEW_POST["title"]).exists()


def test_other_members_posts_do_not_count_towards_mine(
    client_for, practitioner, psychologist, limits
):
    for number in range(5):
        make_post(psychologist, f"Their post {number}")

    response = client_for(practitioner).post(reverse("blog:post_create"), NEW_POST)

    assert response.status_code == 302


def test_the_message_says_when_the_member_can_send_it(practitioner, limits):
    for number in range(5):
        make_post(practitioner, f"Earlier post {number}")
    oldest = Post.objects.order_by("created_at").first()

    allowance = check_hourly_limit(practitioner, "posts")

    assert allowance.reached
    expected = timezone.localtime(oldest.created_at + timedelta(hours=1))
    assert f"after {expected:%H:%M}" in allowance.message


def test_the_comment_after_the_hourly_limit_is_refused_with_the_text_kept(
    client_for, practitioner, carer, limits
):
    post = make_post(practitioner, "Open to comments")
    for number in range(3):
        make_comment(post, carer, f"Comment {number}")

    response = client_for(carer).post(
        reverse("blog:comment_create", args=[post.slug]),
        {"body": "One more thought I don't want to lose."},
    )

    assert response.status_code == 429
    page = response.content.decode()
    assert "3 comments in the last hour" in page
    assert "One more thought I don&#x27;t want to lose." in page
    assert Comment.objects.filter(author=carer).count() == 3


def test_a_limit_of_zero_turns_the_limit_off(practitioner, settings):
    settings.HOURLY_LIMITS = {"posts": 0, "comments": 30, "reports": 20}
    for number in range(6):
        make_post(practitioner, f"Post {number}")

    assert not check_hourly_limit(practitioner, "posts").reached


def test_an_action_without_a_configured_limit_fails_loudly(practitioner):
    with pytest.raises(ImproperlyConfigured):
        check_hourly_limit(practitioner, "telegrams")


def test_too_many_wrong_passwords_lock_logging_in_for_that_address(client, practitioner):
    for _ in range(5):
        client.post(
            reverse("account_login"), {"login": practitioner.email, "password": "not it at all"}
        )

    response = client.post(
        reverse("account_login"), {"login": practitioner.email, "password": PASSWORD}
    )

    assert response.status_code == 200
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session
