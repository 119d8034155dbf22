"""Download everything held about me; delete my account, deleting or anonymising my words."""

from __future__ import annotations

import json

import pytest
from allauth.mfa.models import Authenticator
from django.apps import apps
from django.db import models
from django.urls import reverse

from accounts.models import FORMER_MEMBER_NAME, DeletionLog, User
from blog.models import Comment, Post, Status
from tests.blog.factories import make_comment, make_post
from tests.conftest import PASSWORD, add_totp, make_member

pytestmark = pytest.mark.django_db

NAME = "Marguerite Featherstonehaugh"
EMAIL = "m.featherstonehaugh@example.org"


@pytest.fixture
def leaving_member() -> User:
    """A member with a bio, posts in two states, comments and two-factor set up."""
    member = make_member(EMAIL, NAME, bio="Twenty years on acute wards.")
    add_totp(member)
    return member


@pytest.fixture
def their_writing(leaving_member, practitioner, carer):
    own_post = make_post(leaving_member, "Notes from a long career", body="Mostly kindness.")
    draft = make_post(leaving_member, "An unfinished draft", status=Status.DRAFT)
    elsewhere = make_post(practitioner, "Someone else's post")
    own_comment = make_comment(elsewhere, leaving_member, "I remember those nights too.")
    reply_to_them = make_comment(own_post, carer, "Thank you for all of it.")
    return {
        "own_post": own_post,
        "draft": draft,
        "elsewhere": elsewhere,
        "own_comment": own_comment,
        "reply_to_them": reply_to_them,
    }


def _download(client) -> dict:
    response = client.get(reverse("accounts:export"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith('attachment; filename="common-room-')
    return json.loads(response.content)


def test_the_export_contains_the_profile_posts_and_comments(
    client_for, leaving_member, their_writing
):
    data = _download(client_for(leaving_member))

    assert data["profile"]["email"] == EMAIL
    assert data["profile"]["display_name"] == NAME
    assert data["profile"]["bio"] == "Twenty years on acute wards."
    assert data["profile"]["capacity"] == "Reader"
    assert data["email_addresses"] == [{"email": EMAIL, "verified": True, "primary": True}]
    assert sorted(post["title"] for post in data["posts"]) == [
        "An unfinished draft",
        "Notes from a long career",
    ]
    assert {post["body_markdown"] for post in data["posts"]} >= {"Mostly kindness."}
    assert [comment["body_markdown"] for comment in data["comments"]] == [
        "I remember those nights too."
    ]
    assert data["comments"][0]["post_title"] == "Someone else's post"


def test_the_export_holds_nothing_of_other_members_and_no_secrets(
    client_for, leaving_member, their_writing
):
    raw = client_for(leaving_member).get(reverse("accounts:export")).content.decode()
    data = json.loads(raw)

    assert "Thank you for all of it." not in raw  # a carer's comment on their post
    assert "nurse@example.org" not in raw
    assert data["two_factor"] == {"methods": ["totp"]}
    secret = Authenticator.objects.get(user=leaving_member).data["secret"]
    assert secret not in raw
    assert "password" not in data["profile"]


def test_the_export_needs_a_signed_in_member(client):
    response = client.get(reverse("accounts:export"))

    assert response.status_code == 302


def _text_columns() -> list[tuple[type[models.Model], str]]:
    """Every character, text and JSON column of every model in the project."""
    kinds = (models.CharField, models.TextField, models.JSONField)
    return [
        (model, field.name)
        for model in apps.get_models()
        for field in model._meta.concrete_fields
        if isinstance(field, kinds)
    ]


def _rows_mentioning(needle: str) -> list[str]:
    found = []
    for model, field in _text_columns():
        matches = model._default_manager.filter(**{f"{field}__icontains": needle})
        if matches.exists():
            found.append(f"{model._meta.label}.{field}")
    return found


def _delete(client, choice: str):
    return client.post(
        reverse("accounts:delete"), {"choice": choice, "password": PASSWORD}, follow=True
    )


@pytest.mark.parametrize("choice", ["delete", "anonymise"])
def test_after_deletion_no_personal_data_of_theirs_is_left(
    client_for, leaving_member, their_writing, choice
):
    member_id = leaving_member.pk
    assert _rows_mentioning(EMAIL), "the search must find them before deletion"
    assert _rows_mentioning(NAME)

    response = _delete(client_for(leaving_member), choice)

    assert response.status_code == 200
    assert "Your account has been deleted" in response.content.decode()
    assert _rows_mentioning(EMAIL) == []
    assert _rows_mentioning(NAME) == []
    assert _rows_mentioning("m.featherstonehaugh") == []
    assert not User.objects.filter(pk=member_id).exists()
    assert not Authenticator.objects.filter(user_id=member_id).exists()
    assert "_auth_user_id" not in response.wsgi_request.session


def test_deleting_contributions_removes_their_posts_and_comments(
    client_for, leaving_member, their_writing
):
    _delete(client_for(leaving_member), "delete")

    assert not Post.objects.filter(pk=their_writing["own_post"].pk).exists()
    assert not Post.objects.filter(pk=their_writing["draft"].pk).exists()
    assert not Comment.objects.filter(pk=their_writing["own_comment"].pk).exists()
    # Other people's posts stay.
    assert Post.objects.filter(pk=their_writing["elsewhere"].pk).exists()


def test_anonymising_keeps_their_words_under_the_former_member_placeholder(
    client, client_for, leaving_member, their_writing
):
    _delete(client_for(leaving_member), "anonymise")

    post = Post.objects.get(pk=their_writing["own_post"].pk)
    comment = Comment.objects.get(pk=their_writing["own_comment"].pk)
    assert post.author.display_name == FORMER_MEMBER_NAME
    assert comment.author_id == post.author_id
    assert not post.author.is_active
    assert not post.author.has_usable_password()
    assert Comment.objects.filter(pk=their_writing["reply_to_them"].pk).exists()
    page = client.get(post.get_absolute_url()).content.decode()
    assert "Former member" in page
    assert "Mostly kindness." in page


def test_the_placeholder_is_shared_by_everyone_who_anonymises(
    client_for, leaving_member, their_writing, carer
):
    _delete(client_for(leaving_member), "anonymise")
    make_post(carer, "A carer's post")
    _delete(client_for(carer), "anonymise")

    assert User.objects.filter(display_name=FORMER_MEMBER_NAME).count() == 1
    assert Post.objects.filter(author__display_name=FORMER_MEMBER_NAME).count() == 3


@pytest.mark.parametrize(("choice", "expected"), [("delete", "delete"), ("anonymise", "anonymise")])
def test_deletion_is_logged_with_the_choice_and_counts_only(
    client_for, leaving_member, their_writing, choice, expected
):
    _delete(client_for(leaving_member), choice)

    (log,) = DeletionLog.objects.all()
    assert log.choice == expected
    assert log.counts == {"posts": 2, "comments": 1}
    assert {field.name for field in DeletionLog._meta.fields} == {
        "id",
        "deleted_at",
        "choice",
        "counts",
    }


def test_the_wrong_password_deletes_nothing(client_for, leaving_member, their_writing):
    response = client_for(leaving_member).post(
        reverse("accounts:delete"), {"choice": "delete", "password": "not my password"}
    )

    assert response.status_code == 200
    assert "That password isn" in response.content.decode()
    assert User.objects.filter(pk=leaving_member.pk).exists()
    assert not DeletionLog.objects.exists()


def test_the_delete_page_explains_both_choices_before_confirming(client_for, leaving_member):
    page = client_for(leaving_member).get(reverse("accounts:delete")).content.decode()

    assert "This can't be undone" in page
    assert "Delete them" in page
    assert "Former member" in page
    assert "Comments that other people wrote on your posts are deleted with the posts" in page
    assert "the words themselves stay as they are" in page
