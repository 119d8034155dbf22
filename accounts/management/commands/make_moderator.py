"""Add a member to the moderators group, or take them out of it."""

from typing import Any

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, CommandParser

from accounts.models import User
from accounts.permissions import MODERATORS_GROUP


class Command(BaseCommand):
    help = "Make the member with this e-mail address a moderator (or --remove them)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email")
        parser.add_argument("--remove", action="store_true", help="Stop them moderating.")

    def handle(self, *args: Any, email: str, remove: bool, **options: Any) -> None:
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"No member has the e-mail address {email}.")
        group = Group.objects.get(name=MODERATORS_GROUP)
        if remove:
            user.groups.remove(group)
            self.stdout.write(f"{user.display_name} is no longer a moderator.")
            return
        user.groups.add(group)
        self.stdout.write(
            f"{user.display_name} is now a moderator. Moderation pages open once they set up "
            "an authenticator app (they are sent to do so at their first visit)."
        )
