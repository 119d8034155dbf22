"""The audit log page: every step listed, filtered, and exported as CSV."""

from __future__ import annotations

import csv
import io

from django.urls import reverse

from moderation import actions
from moderation.models import CHECKER, AuditAction, AuditEntry
from tests.moderation.conftest import ATTACK_TEXT, CLEAN_TEXT, submitted_post

AUDIT = reverse("moderation:audit")
CSV = reverse("moderation:audit_csv")


def rows(response) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_it_lists_checker_and_moderator_steps(client_for, moderator, practitioner):
    _, case = submitted_post(practitioner, ATTACK_TEXT, title="Held one")
    submitted_post(practitioner, CLEAN_TEXT, title="Clean one")
    actions.approve(case, by=moderator, note="Fine.")
    html = client_for(moderator).get(AUDIT).content.decode()
    assert "Held for a moderator" in html
    assert "Published by the checker" in html
    assert "Approved" in html
    assert "Moderator Jo" in html
    assert CHECKER in html


def test_filters_by_action_and_who(client_for, moderator, practitioner):
    _, case = submitted_post(practitioner, ATTACK_TEXT, title="Held one")
    submitted_post(practitioner, CLEAN_TEXT, title="Clean one")
    actions.approve(case, by=moderator)
    client = client_for(moderator)
    by_action = rows(client.get(CSV, {"action": AuditAction.PUBLISHED}))
    by_actor = rows(client.get(CSV, {"actor": "Moderator Jo"}))
    assert [row["target"] for row in by_action] == ["Clean one"]
    assert [row["action"] for row in by_actor] == ["Approved"]


def test_the_csv_has_every_column_and_cannot_smuggle_a_formula(client_for, moderator, practitioner):
    submitted_post(practitioner, CLEAN_TEXT, title='=HYPERLINK("http://evil")')
    response = client_for(moderator).get(CSV)
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    row = rows(response)[0]
    assert set(row) == {
        "time",
        "actor",
        "action",
        "kind",
        "target",
        "target id",
        "principles",
        "note",
        "case",
    }
    assert row["target"].startswith("'=")
    assert row["actor"] == CHECKER


def test_the_page_has_no_way_to_change_an_entry(client_for, moderator, practitioner):
    submitted_post(practitioner, CLEAN_TEXT)
    html = client_for(moderator).get(AUDIT).content.decode()
    assert '<form method="post"' not in html.split("<main", 1)[1]
    assert AuditEntry.objects.count() == 1
