"""`manage.py seed_demo`: load the demo cast, posts and comments from blog/demo/.

Running it again brings the database back in line with the files and creates nothing twice:
members are matched by e-mail address, posts by slug (or by title and author), comments by
post, author and text. Every demo account gets the same password for this run, printed at
the end with the logins, which is why the command refuses to run with DEBUG off unless told
to.
"""

from __future__ import annotations

import datetime
import os
from collections import Counter
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from accounts.permissions import MODERATORS_GROUP
from blog.demo import (
    DEMO_DIR,
    DemoComment,
    DemoContentError,
    DemoMember,
    DemoPost,
    load_cast,
    load_posts,
)
from blog.models import Comment, Post, Status, Tag

# Demo only: every seeded account shares it, and it is printed for anyone to read. Set
# DEMO_PASSWORD to choose another. It never protects anything that matters.
DEFAULT_DEMO_PASSWORD = "kettle-lantern-harbour"  # noqa: S105


def demo_password() -> str:
    """The password for this run: DEMO_PASSWORD if set, otherwise the documented demo one."""
    return os.environ.get("DEMO_PASSWORD", "").strip() or DEFAULT_DEMO_PASSWORD


def published_time(today: datetime.date, days_ago: int, at: datetime.time) -> datetime.datetime:
    """When a demo post went live: `days_ago` before `today`, at `at`, in the site's time zone.

    Counting back from today keeps the demo's posts within the last few months whenever it is
    loaded, and gives the same moment on every run that day.
    """
    day = today - datetime.timedelta(days=days_ago)
    return timezone.make_aware(datetime.datetime.combine(day, at))


def comment_time(post_time: datetime.datetime, position: int) -> datetime.datetime:
    """A plausible, fixed moment for the `position`-th comment (0-based) after its post."""
    return post_time + datetime.timedelta(hours=2 + 4 * position, minutes=(23 * position) % 60)


class Command(BaseCommand):
    help = (
        "Create or update the demo members, posts and comments from blog/demo/ and print "
        "the demo logins. Safe to run again."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--content",
            type=Path,
            default=DEMO_DIR,
            metavar="FOLDER",
            help="Read cast.toml and posts/ from this folder instead of blog/demo/.",
        )
        parser.add_argument(
            "--allow-without-debug",
            action="store_true",
            help=(
                "Seed even though DEBUG is off. The demo accounts share a published password, "
                "so never do this on a site real people use."
            ),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["allow_without_debug"]:
            raise CommandError(
                "DEBUG is off, so this looks like a real site. The demo accounts share a "
                "published password; pass --allow-without-debug if this really is a demo."
            )
        password = demo_password()
        try:
            validate_password(password)
        except ValidationError as error:
            raise CommandError(
                "DEMO_PASSWORD is not accepted: " + " ".join(error.messages)
            ) from error
        try:
            cast = load_cast(options["content"] / "cast.toml")
            posts = load_posts(cast, options["content"] / "posts")
        except DemoContentError as error:
            raise CommandError(f"The demo content has a problem: {error}") from error

        self.tally: Counter[tuple[str, str]] = Counter()
        today = timezone.localdate()
        with transaction.atomic():
            members = self.seed_cast(cast, password)
            for post in posts:
                self.seed_post(post, members, today)

        self.print_summary()
        self.print_logins(cast, members, password)

    def record(self, kind: str, *, created: bool, changed: bool) -> None:
        """Count what happened to one row, for the summary line."""
        self.tally[kind, "created" if created else "updated" if changed else "unchanged"] += 1

    # --- the cast

    def seed_cast(self, cast: dict[str, DemoMember], password: str) -> dict[str, User]:
        """Create or update each member; return the users keyed as the post files name them."""
        try:
            moderators = Group.objects.get(name=MODERATORS_GROUP)
        except Group.DoesNotExist as error:
            raise CommandError(
                f"There is no {MODERATORS_GROUP!r} group: run `manage.py migrate` first."
            ) from error
        return {key: self.seed_member(member, password, moderators) for key, member in cast.items()}

    def seed_member(self, member: DemoMember, password: str, moderators: Group) -> User:
        from allauth.account.models import EmailAddress

        wanted = {
            "display_name": member.display_name,
            "capacity": member.capacity,
            "profession": member.profession,
            "regulator": member.regulator,
            "trust_level": member.trust_level,
            "bio": member.bio,
            "is_active": True,
        }
        user = User.objects.filter(email__iexact=member.email).first()
        created = user is None
        changed = False
        if user is None:
            user = User.objects.create_user(email=member.email, password=password, **wanted)
        else:
            changed = _assign(user, wanted)
            # Checking first leaves an unchanged account's row alone (a fresh hash on every
            # run would be a pointless write).
            if not user.check_password(password):
                user.set_password(password)
                changed = True
            if changed:
                user.save()

        # allauth will not sign in an unverified address while verification is mandatory.
        address = EmailAddress.objects.filter(user=user, email__iexact=member.email).first()
        if address is None:
            address = EmailAddress(user=user, email=member.email)
        if address.pk is None or not (address.verified and address.primary):
            EmailAddress.objects.filter(user=user, primary=True).update(primary=False)
            address.verified = address.primary = True
            address.save()
            changed = True

        in_group = user.groups.filter(pk=moderators.pk).exists()
        if member.is_moderator and not in_group:
            user.groups.add(moderators)
            changed = True
        elif in_group and not member.is_moderator:
            user.groups.remove(moderators)
            changed = True

        self.record("members", created=created, changed=changed)
        return user

    # --- posts and comments

    def seed_post(self, demo: DemoPost, members: dict[str, User], today: datetime.date) -> None:
        author = members[demo.author]
        when = published_time(today, demo.days_ago, demo.time) if demo.is_published else None
        wanted = {
            "title": demo.title,
            "author_id": author.pk,
            "body": demo.body,
            "excerpt": demo.excerpt,
            "content_warning": demo.content_warning,
            "status": demo.status,
            "published_at": when,
        }
        post = (
            Post.objects.filter(slug=demo.slug).first()
            or Post.objects.filter(author=author, title=demo.title).first()
        )
        created = post is None
        changed = False
        if post is None:
            post = Post.objects.create(slug=demo.slug, **wanted)
        elif _assign(post, {"slug": demo.slug, **wanted}):
            post.save()
            changed = True

        tags = [Tag.get_or_create_named(name) for name in demo.tags]
        if {tag.pk for tag in tags} != set(post.tags.values_list("pk", flat=True)):
            post.tags.set(tags)
            changed = True
        if when is not None:
            # Written a little before it went live. created_at is stamped by Django on insert,
            # so it is corrected with an UPDATE, which also leaves updated_at alone.
            drafted = when - datetime.timedelta(hours=3)
            Post.objects.filter(pk=post.pk).exclude(created_at=drafted).update(created_at=drafted)
        self.record("posts", created=created, changed=changed)
        if when is not None:
            self.seed_comments(post, demo.comments, members, when)

    def seed_comments(
        self,
        post: Post,
        demos: tuple[DemoComment, ...],
        members: dict[str, User],
        post_time: datetime.datetime,
    ) -> None:
        """Bring the post's demo comments in line with the file, in the file's order."""
        existing: dict[int, list[Comment]] = {}
        for comment in post.comments.all():
            existing.setdefault(comment.author_id, []).append(comment)
        wanted_bodies: dict[int, set[str]] = {}
        for demo in demos:
            wanted_bodies.setdefault(members[demo.author].pk, set()).add(demo.body)

        now = timezone.now()
        seeded: list[Comment] = []
        for position, demo in enumerate(demos):
            author = members[demo.author]
            theirs = existing.get(author.pk, [])
            # The same text first; failing that, a comment of theirs here whose text is no
            # longer in the file, so an edited demo comment is updated rather than doubled.
            comment = next((c for c in theirs if c.body == demo.body), None) or next(
                (c for c in theirs if c.body not in wanted_bodies[author.pk]), None
            )
            if comment is not None:
                theirs.remove(comment)
            when = min(comment_time(post_time, position), now)
            wanted = {
                "body": demo.body,
                "parent_id": seeded[demo.reply_to - 1].pk if demo.reply_to else None,
                "status": Status.PUBLISHED,
                "published_at": when,
            }
            created = comment is None
            changed = False
            if comment is None:
                comment = Comment.objects.create(post=post, author=author, **wanted)
            elif _assign(comment, wanted):
                comment.save()
                changed = True
            Comment.objects.filter(pk=comment.pk).exclude(created_at=when).update(created_at=when)
            self.record("comments", created=created, changed=changed)
            seeded.append(comment)

    # --- output

    def print_summary(self) -> None:
        """One line saying what this run created, updated and left alone."""
        parts = []
        for kind in ("members", "posts", "comments"):
            outcomes = [
                f"{self.tally[kind, outcome]} {outcome}"
                for outcome in ("created", "updated", "unchanged")
                if self.tally[kind, outcome]
            ]
            parts.append(f"{kind} {', '.join(outcomes) or 'none'}")
        untouched = not any(
            self.tally[kind, "created"] + self.tally[kind, "updated"]
            for kind in ("members", "posts", "comments")
        )
        ending = " Nothing changed." if untouched else ""
        self.stdout.write(self.style.SUCCESS(f"Demo content: {'; '.join(parts)}.{ending}"))

    def print_logins(
        self, cast: dict[str, DemoMember], members: dict[str, User], password: str
    ) -> None:
        """A table of who to sign in as, so `make run` can show it to the person."""
        rows = [("E-mail", "Password", "Capacity", "Role")]
        for key, member in cast.items():
            user = members[key]
            rows.append((user.email, password, user.get_capacity_display(), member.role))
        widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
        self.stdout.write("")
        self.stdout.write(
            "Demo logins (demo only: every account shares this password; "
            "set DEMO_PASSWORD to change it):"
        )
        for number, row in enumerate(rows):
            line = "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
            self.stdout.write(line.rstrip())
            if number == 0:
                self.stdout.write("  ".join("-" * width for width in widths))


def _assign(instance: Any, values: dict[str, Any]) -> bool:
    """Set each differing attribute on `instance`; say whether anything changed."""
    changed = False
    for name, value in values.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    return changed
