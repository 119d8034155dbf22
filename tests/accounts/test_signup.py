"""Joining: the form, e-mail confirmation, and then writing."""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import mail
from django.urls import reverse

from accounts.models import Capacity, Profession, Regulator, TrustLevel, User
from accounts.terms import house_rules_url
from blog.models import Post, Status
from tests.accounts.helpers import confirmation_link_from_outbox, signup_data

pytestmark = pytest.mark.django_db


def test_a_new_member_signs_up_confirms_their_email_and_then_posts(client):
    response = client.post(reverse("account_signup"), signup_data())
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    member = User.objects.get(email="wren.ob@example.org")
    assert not member.has_verified_email

    link = confirmation_link_from_outbox("wren.ob@example.org")
    confirm_page = client.get(link)
    assert confirm_page.status_code == 200
    confirmed = client.post(link)
    assert confirmed.status_code == 302
    assert EmailAddress.objects.get(user=member).verified

    compose = client.get(reverse("blog:post_create"))
    assert compose.status_code == 200
    submitted = client.post(
        reverse("blog:post_create"),
        {
            "title": "What the ward taught me about waiting",
            "body": "Waiting is work too, and we rarely count it.",
            "tags_text": "reflective practice",
            "action": "submit",
        },
    )
    assert submitted.status_code == 302
    post = Post.objects.get(author=member)
    assert post.title == "What the ward taught me about waiting"
    # Published at once, or held because a new member's first posts wait for a moderator.
    assert post.status in {Status.PUBLISHED, Status.PENDING}


def test_sign_up_records_who_the_member_is_and_the_terms_they_accepted(client):
    client.post(reverse("account_signup"), signup_data())

    member = User.objects.get(email="wren.ob@example.org")
    assert member.display_name == "Wren Okonkwo-Blythe"
    assert member.handle == "wren-okonkwo-blythe"
    assert member.capacity == Capacity.PRACTITIONER
    assert member.profession == Profession.OCCUPATIONAL_THERAPIST
    assert member.regulator == Regulator.HCPC
    assert member.trust_level == TrustLevel.NEW
    assert member.needs_review
    assert member.terms_version == settings.TERMS_VERSION
    assert member.terms_accepted_at is not None


def test_the_confirmation_email_is_plain_and_says_what_to_do_next(client):
    client.post(reverse("account_signup"), signup_data())

    (message,) = mail.outbox
    assert message.subject.startswith("[Common Room] ")
    assert "confirm" in message.subject.lower()
    assert message.body.startswith("Hello Wren Okonkwo-Blythe,")
    assert "opening this link" in message.body
    assert "example.com" not in message.body  # the sites framework's placeholder name
    assert not message.alternatives  # plain text only


@pytest.mark.parametrize("capacity", ["lived_experience", "carer", "reader"])
def test_people_who_are_not_practitioners_join_without_a_profession(client, capacity):
    data = signup_data(capacity=capacity, profession="nurse", regulator="nmc")

    client.post(reverse("account_signup"), data)

    member = User.objects.get(email="wren.ob@example.org")
    assert member.capacity == capacity
    assert (member.profession, member.regulator) == ("", "")


def test_a_practitioner_is_asked_for_their_profession_and_regulator(client):
    response = client.post(reverse("account_signup"), signup_data(profession="", regulator=""))

    assert response.status_code == 200
    assert not User.objects.filter(email="wren.ob@example.org").exists()
    form = response.context["form"]
    assert "profession" in form.errors
    assert "regulator" in form.errors


def test_joining_needs_the_house_rules_and_terms_accepted(client):
    data = signup_data()
    del data["accept_terms"]

    response = client.post(reverse("account_signup"), data)

    assert response.status_code == 200
    assert not User.objects.exists()
    assert "Please read and accept the house rules" in response.content.decode()


def test_the_sign_up_form_links_to_the_house_rules_and_terms(client):
    page = client.get(reverse("account_signup")).content.decode()

    assert f'<a href="{house_rules_url()}">house rules</a>' in page
    assert f'<a href="{reverse("accounts:terms")}">terms of use</a>' in page


@pytest.mark.parametrize("name", ["Moderator", "Common Room", "former member", "ADMIN!"])
def test_names_that_pass_for_the_site_or_its_moderators_are_refused(client, name):
    response = client.post(reverse("account_signup"), signup_data(display_name=name))

    assert response.status_code == 200
    assert "display_name" in response.context["form"].errors


def test_an_address_that_already_has_an_account_gets_an_email_not_a_second_account(
    client, practitioner
):
    response = client.post(reverse("account_signup"), signup_data(email=practitioner.email))

    # The same answer as a new address, so nobody can find out who is a member.
    assert response.status_code == 302
    assert User.objects.filter(email=practitioner.email).count() == 1
    (message,) = mail.outbox
    assert "already an account" in message.body
