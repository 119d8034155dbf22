"""`moderation_digest`: the pending queue to every moderator, and one alert per safeguarding
item that waits too long."""

from __future__ import annotations

import io
from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from moderation.models import AuditAction, AuditEntry, Case
from tests.moderation.conftest import ATTACK_TEXT, SAFEGUARDING_TEXT, submitted_post


def digest(*args: str) -> str:
    out = io.StringIO()
    call_command("moderation_digest", *args, stdout=out)
    return out.getvalue()


def test_it_sends_each_moderator_the_queue(moderator, second_moderator, practitioner):
    submitted_post(practitioner, ATTACK_TEXT)
    mail.outbox.clear()
    output = digest()
    sent = [m for m in mail.outbox if "waiting for a moderator" in m.subject]
    assert len(sent) == 1
    assert set(sent[0].to) == {moderator.email, second_moderator.email}
    assert "Personal attack" in sent[0].body
    assert ATTACK_TEXT not in sent[0].body
    assert "1 item(s) waiting" in output


def test_it_stays_quiet_when_nothing_waits(moderator):
    output = digest()
    assert mail.outbox == []
    assert "Nothing is waiting" in output


def test_a_safeguarding_item_waiting_too_long_is_alerted_once(moderator, practitioner, settings):
    settings.MODERATION_SAFEGUARDING_ALERT_MINUTES = 30
    _, case = submitted_post(practitioner, SAFEGUARDING_TEXT)
    mail.outbox.clear()
    digest("--alerts-only")
    assert mail.outbox == []  # not overdue yet

    Case.objects.filter(pk=case.pk).update(created_at=timezone.now() - timedelta(minutes=31))
    digest("--alerts-only")
    digest("--alerts-only")
    alerts = [m for m in mail.outbox if "URGENT" in m.subject]
    assert len(alerts) == 1
    assert alerts[0].to == [moderator.email]
    assert SAFEGUARDING_TEXT not in alerts[0].body
    assert AuditEntry.objects.filter(action=AuditAction.SAFEGUARDING_ALERT).count() == 1


def test_moderators_hear_at_once_when_a_safeguarding_item_is_held(moderator, practitioner):
    submitted_post(practitioner, SAFEGUARDING_TEXT)
    alert = next(m for m in mail.outbox if "Safeguarding:" in m.subject)
    assert alert.to == [moderator.email]
    assert SAFEGUARDING_TEXT not in alert.body
