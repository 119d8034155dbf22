"""Shared set-up for the moderation tests: texts the checker treats in known ways, and a
second moderator for the cases that need two."""

from __future__ import annotations

import pytest

from accounts.models import Capacity, Profession, TrustLevel
from tests.conftest import make_member

CLEAN_TEXT = (
    "A reflective note on a long week. Handover ran late, the team pulled together, and I "
    "went home tired but proud of how we supported each other."
)
# A checksum-valid NHS number written about a patient: a hard identifier, so it is returned.
NHS_NUMBER = "943 476 5919"
IDENTIFIER_TEXT = f"On the ward today a patient gave me his NHS number, {NHS_NUMBER}, at handover."
# First-person intent: always held, first in the queue, with crisis contacts shown at once.
SAFEGUARDING_TEXT = "I can't keep myself safe tonight. I'm going to kill myself."
# A hostile remark aimed at another member: held for a moderator.
ATTACK_TEXT = "You are an idiot and you should not be allowed near patients."


def add_totp(user) -> None:
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    TOTP.activate(user, generate_totp_secret())


def make_moderator(email: str, display_name: str, *, two_factor: bool = True):
    from django.contrib.auth.models import Group

    user = make_member(
        email,
        display_name,
        capacity=Capacity.PRACTITIONER,
        profession=Profession.NURSE,
        trust_level=TrustLevel.ESTABLISHED,
    )
    group, _ = Group.objects.get_or_create(name="moderators")
    user.groups.add(group)
    if two_factor:
        add_totp(user)
    return user


@pytest.fixture
def second_moderator(db):
    """Another moderator with two-factor set up: for races, escalations and appeals."""
    return make_moderator("second-moderator@example.org", "Moderator Sol")


@pytest.fixture
def mfa_moderator(moderator):
    """The moderator persona, certainly with an authenticator app."""
    from allauth.mfa.models import Authenticator

    if not Authenticator.objects.filter(user=moderator, type=Authenticator.Type.TOTP).exists():
        add_totp(moderator)
    return moderator


@pytest.fixture
def superuser(db):
    """A site superuser who has accepted the terms, for the Django admin."""
    return make_member("admin@example.org", "Site admin", is_staff=True, is_superuser=True)


@pytest.fixture
def superuser_client(client, superuser):
    client.force_login(superuser)
    return client


def submitted_post(author, body: str = ATTACK_TEXT, *, title: str = "A week on the ward"):
    """A post its author has just submitted, and the case the checker opened for it."""
    from blog.models import Post, Status
    from blog.submission import submit_post
    from moderation.models import Case

    post = Post.objects.create(author=author, title=title, body=body, status=Status.DRAFT)
    submit_post(post)
    post.refresh_from_db()
    return post, Case.objects.for_content(post).latest("created_at")


def submitted_comment(post, author, body: str = ATTACK_TEXT):
    from blog.models import Comment, Status
    from blog.submission import submit_comment
    from moderation.models import Case

    comment = Comment.objects.create(post=post, author=author, body=body, status=Status.DRAFT)
    submit_comment(comment)
    comment.refresh_from_db()
    return comment, Case.objects.for_content(comment).latest("created_at")
