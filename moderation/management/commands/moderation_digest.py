"""`manage.py moderation_digest`: for cron. E-mails moderators the pending queue, and alerts
them when a safeguarding item has waited longer than MODERATION_SAFEGUARDING_ALERT_MINUTES.

Run it often with --alerts-only (every five minutes, say) and once or twice a day without,
for the digest. Each overdue safeguarding item is alerted once.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from moderation.actions import alert_overdue_safeguarding
from moderation.models import Case
from moderation.notifications import send_digest


class Command(BaseCommand):
    help = (
        "E-mail moderators the pending queue, and alert them about safeguarding items that "
        "have waited too long."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--alerts-only",
            action="store_true",
            help="Only send overdue safeguarding alerts, not the digest.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        alerted = alert_overdue_safeguarding()
        if alerted:
            self.stdout.write(f"Alerted moderators about {alerted} safeguarding item(s).")
        if options["alerts_only"]:
            return
        cases = list(Case.objects.queue())
        sent = send_digest(cases)
        self.stdout.write(
            f"{len(cases)} item(s) waiting; digest sent to {sent} moderator(s)."
            if cases
            else "Nothing is waiting; no digest sent."
        )
