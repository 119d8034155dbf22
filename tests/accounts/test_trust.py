"""New members become established after enough approved contributions and days."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from accounts.models import TrustLevel, User
from accounts.trust import refresh_trust
from blog.models import Status
from tests.blog.factories import make_comment, make_post
from tests.conftest import PASSWORD, make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def newcomer(settings) -> User:
    settings.TRUST_ESTABLISHED_AFTER_CONTRIBUTIONS = 3
    settings.TRUST_ESTABLISHED_AFTER_DAYS = 7
    return make_member(
        "newcomer@example.org", "Newcomer", date_joined=timezone.now() - timedelta(days=8)
    )


def _approved_contributions(member: User, practitioner: User, count: int) -> None:
    post = make_post(practitioner, "Somewhere to comment")
    for number in range(count):
        make_comment(post, member, f"Approved comment {number}")


def test_a_new_member_needs_review(newcomer):
    assert newcomer.trust_level == TrustLevel.NEW
    assert newcomer.needs_review


def test_enough_approved_contributions_and_days_make_a_member_established(newcomer, practitioner):
    _approved_contributions(newcomer, practitioner, 3)

    assert refresh_trust(newcomer)

    newcomer.refresh_from_db()
    assert newcomer.trust_level == TrustLevel.ESTABLISHED
    assert not newcomer.needs_review
    assert not newcomer.trust_level_set_by_moderator


def test_contributions_still_waiting_for_a_moderator_do_not_count(newcomer, practitioner):
    _approved_contributions(newcomer, practitioner, 2)
    make_post(newcomer, "Held for review", status=Status.PENDING)

    assert not refresh_trust(newcomer)
    assert newcomer.needs_review


def test_a_member_who_joined_too_recently_stays_new(newcomer, practitioner):
    newcomer.date_joined = timezone.now() - timedelta(days=6)
    newcomer.save()
    _approved_contributions(newcomer, practitioner, 5)

    assert not refresh_trust(newcomer)


def test_the_thresholds_come_from_settings(newcomer, practitioner, settings):
    settings.TRUST_ESTABLISHED_AFTER_CONTRIBUTIONS = 1
    settings.TRUST_ESTABLISHED_AFTER_DAYS = 0
    newcomer.date_joined = timezone.now()
    newcomer.save()
    _approved_contributions(newcomer, practitioner, 1)

    assert refresh_trust(newcomer)


def test_a_moderators_choice_of_level_stops_automatic_promotion(newcomer, practitioner):
    newcomer.set_trust_level(TrustLevel.NEW)
    _approved_contributions(newcomer, practitioner, 5)

    assert not refresh_trust(newcomer)
    assert newcomer.trust_level_set_by_moderator


def test_a_moderator_can_mark_a_member_established(newcomer):
    newcomer.set_trust_level(TrustLevel.ESTABLISHED)

    newcomer.refresh_from_db()
    assert not newcomer.needs_review


def test_logging_in_promotes_a_member_who_now_qualifies(client, newcomer, practitioner):
    _approved_contributions(newcomer, practitioner, 3)

    client.post(reverse("account_login"), {"login": newcomer.email, "password": PASSWORD})

    newcomer.refresh_from_db()
    assert newcomer.trust_level == TrustLevel.ESTABLISHED


def test_the_refresh_trust_command_promotes_everyone_who_qualifies(newcomer, practitioner):
    _approved_contributions(newcomer, practitioner, 3)

    output = io.StringIO()
    call_command("refresh_trust", stdout=output)

    assert "1 member(s) promoted" in output.getvalue()

    newcomer.refresh_from_db()
    assert newcomer.trust_level == TrustLevel.ESTABLISHED


def test_changing_the_level_in_the_admin_counts_as_a_moderators_choice(client, newcomer):
    site_admin = User.objects.create_superuser(
        "admin@example.org", "an admin passphrase of some length", display_name="Site admin"
    )
    site_admin.accept_terms()
    client.force_login(site_admin)
    url = reverse("admin:accounts_user_change", args=[newcomer.pk])
    form = client.get(url).context["adminform"].form
    data = {}
    for name in form.fields:
        value = form.initial.get(name)
        if isinstance(value, bool):
            if value:
                data[name] = "on"
        elif isinstance(value, list | tuple):
            data[name] = [getattr(item, "pk", item) for item in value]
        elif value is not None:
            data[name] = value
    data["trust_level"] = TrustLevel.ESTABLISHED

    response = client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    newcomer.refresh_from_db()
    assert newcomer.trust_level == TrustLevel.ESTABLISHED
    assert newcomer.trust_level_set_by_moderator
