"""The dashboard: queue size and age, decisions by concern, median time to decision, drawn
on the server as SVG with no outside requests."""

from __future__ import annotations

import re
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from moderation import actions, stats
from moderation.models import Case
from tests.moderation.conftest import (
    ATTACK_TEXT,
    IDENTIFIER_TEXT,
    SAFEGUARDING_TEXT,
    submitted_post,
)

DASHBOARD = reverse("moderation:dashboard")


def test_the_figures_add_up(moderator, practitioner, psychologist):
    _, first = submitted_post(practitioner, ATTACK_TEXT, title="One")
    _, second = submitted_post(psychologist, ATTACK_TEXT, title="Two")
    submitted_post(practitioner, SAFEGUARDING_TEXT, title="Three")
    submitted_post(practitioner, IDENTIFIER_TEXT, title="Returned by the checker")
    now = timezone.now()
    Case.objects.filter(pk=first.pk).update(created_at=now - timedelta(hours=4))
    Case.objects.filter(pk=second.pk).update(created_at=now - timedelta(hours=2))
    first.refresh_from_db()
    second.refresh_from_db()
    actions.approve(first, by=moderator)
    actions.reject(second, by=moderator, note="No.", principles=["house-be-respectful"])

    figures = stats.dashboard()
    assert figures.queue_size == 1
    assert figures.safeguarding_waiting == 1
    attack = next(row for row in figures.by_concern if row.concern == "personal-attack")
    assert (attack.approved, attack.rejected) == (1, 1)
    identifying = next(r for r in figures.by_concern if r.concern == "identifiable-information")
    assert identifying.returned == 1
    assert figures.decisions_by_people == 2
    assert (
        timedelta(hours=2, minutes=59) < figures.median_to_decision < timedelta(hours=3, minutes=1)
    )


def test_the_page_draws_its_charts_itself_and_asks_nothing_of_other_sites(
    client_for, moderator, practitioner
):
    _, case = submitted_post(practitioner, ATTACK_TEXT)
    actions.approve(case, by=moderator)
    html = client_for(moderator).get(DASHBOARD).content.decode()
    assert html.count("<svg") == 2
    assert "Personal attack" in html
    external = [url for url in re.findall(r'(?:src|href)="(https?://[^"]+)"', html)]
    assert external == []
    assert "<script" not in html


def test_waiting_times_are_said_in_plain_words():
    assert stats.describe(timedelta(minutes=40)) == "40 min"
    assert stats.describe(timedelta(hours=5)) == "5.0 h"
    assert stats.describe(timedelta(days=3)) == "3.0 days"
    assert stats.describe(None) == "—"
