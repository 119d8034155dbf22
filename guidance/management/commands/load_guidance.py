"""``python manage.py load_guidance``: copy the guidance content files into the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from guidance.content_files import ContentError, load_content
from guidance.loading import sync_content


class Command(BaseCommand):
    help = (
        "Load the guidance content files (bodies, principles, concerns, tips, crisis contacts, "
        "Easy Read) into the database. Rows are matched by slug; anything no longer in the "
        "files is marked retired, never deleted. Safe to run as often as you like."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--content-dir",
            type=Path,
            default=None,
            help="Folder to read instead of settings.GUIDANCE_CONTENT_DIR or guidance/content/.",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only validate the files; change nothing in the database.",
        )

    def handle(self, *args: Any, content_dir: Path | None, check: bool, **options: Any) -> None:
        folder = content_dir or getattr(settings, "GUIDANCE_CONTENT_DIR", None)
        try:
            content = load_content(folder)
        except ContentError as error:
            raise CommandError(str(error)) from error
        if check:
            self.stdout.write(
                f"The content files are valid: {len(content.bodies)} bodies, "
                f"{len(content.principles)} principles."
            )
            return
        report = sync_content(content)
        self.stdout.write(report.summary())
