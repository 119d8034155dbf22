"""The settings page: how a member appears, and what we e-mail them."""

from __future__ import annotations

import pytest
from django.urls import reverse

from accounts.models import Capacity
from accounts.notifications import Notice, notify_member, wants_email

pytestmark = pytest.mark.django_db


def _settings_data(member, **changes):
    data = {
        "display_name": member.display_name,
        "bio": member.bio,
        "capacity": member.capacity,
        "profession": member.profession,
        "regulator": member.regulator,
        "show_profession": "on" if member.show_profession else "",
        "notify_decisions": "on" if member.notify_decisions else "",
        "notify_comments": "on" if member.notify_comments else "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value != ""}


def test_a_member_changes_their_display_name_and_bio(client_for, carer):
    response = client_for(carer).post(
        reverse("accounts:settings"),
        _settings_data(carer, display_name="Morag M", bio="Mum of a teenager in CAMHS."),
    )

    assert response.status_code == 302
    carer.refresh_from_db()
    assert carer.display_name == "Morag M"
    assert carer.bio == "Mum of a teenager in CAMHS."


def test_changing_the_display_name_changes_the_profile_address(client, client_for, carer):
    client_for(carer).post(
        reverse("accounts:settings"), _settings_data(carer, display_name="Quiet Kestrel")
    )

    carer.refresh_from_db()
    assert carer.handle == "quiet-kestrel"
    assert client.get("/authors/morag/").status_code == 404
    assert client.get(carer.get_absolute_url()).status_code == 200


def test_the_bio_is_shown_as_plain_text(client, client_for, carer):
    client_for(carer).post(
        reverse("accounts:settings"),
        _settings_data(carer, bio='<script>alert("hi")</script> **not bold**'),
    )

    page = client.get(carer.get_absolute_url()).content.decode()

    assert "<script>alert" not in page
    assert "&lt;script&gt;" in page
    assert "**not bold**" in page


def test_a_bio_over_the_length_limit_is_refused_and_kept_in_the_form(client_for, carer):
    long_bio = "word " * 250

    response = client_for(carer).post(
        reverse("accounts:settings"), _settings_data(carer, bio=long_bio)
    )

    assert response.status_code == 200
    assert "bio" in response.context["form"].errors
    carer.refresh_from_db()
    assert carer.bio == ""


def test_a_practitioner_can_hide_their_profession(client_for, practitioner):
    client_for(practitioner).post(
        reverse("accounts:settings"), _settings_data(practitioner, show_profession="")
    )

    practitioner.refresh_from_db()
    assert not practitioner.show_profession
    assert practitioner.capacity_label == "Practitioner"


def test_a_member_can_change_the_capacity_they_take_part_in(client_for, reader):
    client_for(reader).post(
        reverse("accounts:settings"), _settings_data(reader, capacity=Capacity.CARER)
    )

    reader.refresh_from_db()
    assert reader.capacity_label == "Carer or family member"


def test_turning_off_decision_emails_stops_them(client_for, practitioner, mailoutbox):
    client_for(practitioner).post(
        reverse("accounts:settings"), _settings_data(practitioner, notify_decisions="")
    )
    practitioner.refresh_from_db()

    sent = notify_member(
        practitioner, Notice.DECISIONS, "account/email/email_confirm", {"timestamp": None}
    )

    assert not practitioner.notify_decisions
    assert not wants_email(practitioner, Notice.DECISIONS)
    assert wants_email(practitioner, Notice.COMMENTS)
    assert not sent
    assert mailoutbox == []


def test_a_wanted_notification_goes_to_the_verified_address(rf, practitioner, mailoutbox):
    from allauth.core import context

    with context.request_context(rf.get("/")):
        sent = notify_member(
            practitioner, Notice.COMMENTS, "account/email/email_confirm", {"timestamp": None}
        )

    assert sent
    (message,) = mailoutbox
    assert message.to == [practitioner.email]
    assert message.body.startswith("Hello Priya (nurse),")


def test_the_settings_page_needs_a_signed_in_member(client):
    response = client.get(reverse("accounts:settings"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
