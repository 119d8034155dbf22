"""Promote every new member who now qualifies as established (run daily, e.g. from cron)."""

from typing import Any

from django.core.management.base import BaseCommand

from accounts.models import TrustLevel, User
from accounts.trust import refresh_trust


class Command(BaseCommand):
    help = "Promote new members who have enough approved contributions and days to established."

    def handle(self, *args: Any, **options: Any) -> None:
        candidates = User.objects.filter(
            trust_level=TrustLevel.NEW, trust_level_set_by_moderator=False, is_active=True
        )
        promoted = sum(1 for user in candidates.iterator() if refresh_trust(user))
        self.stdout.write(f"{promoted} member(s) promoted to established.")
