"""Password rules that Django's own validators don't cover."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError

_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")


def _squash(text: str) -> str:
    """Lower-case letters and digits only, so 'Common-Room!' and 'commonroom' compare equal."""
    return _NOT_LETTER_OR_DIGIT.sub("", text.lower())


class SiteNameSimilarityValidator:
    """Refuse passwords built from the site's name, such as 'CommonRoom2026!'.

    Two tests: the password must not be too similar to the name as a whole, and what is left
    after taking every occurrence of the name out must still be long enough to be a password
    on its own. A long passphrase that happens to mention the site passes both.
    """

    def __init__(
        self,
        words: list[str] | None = None,
        max_similarity: float = 0.7,
        min_remaining_length: int = 8,
    ) -> None:
        self.words = words
        self.max_similarity = max_similarity
        self.min_remaining_length = min_remaining_length

    def _context_words(self) -> list[str]:
        words = self.words if self.words is not None else [settings.SITE_NAME]
        return [squashed for word in words if (squashed := _squash(word))]

    def validate(self, password: str, user: Any = None) -> None:
        squashed = _squash(password)
        for word in self._context_words():
            similarity = SequenceMatcher(a=squashed, b=word).ratio()
            remaining = squashed.replace(word, "")
            if similarity >= self.max_similarity or (
                word in squashed and len(remaining) < self.min_remaining_length
            ):
                raise ValidationError(
                    f"Your password is too close to the name of this site, {settings.SITE_NAME}. "
                    "It's one of the first things someone would guess.",
                    code="password_too_similar_to_site",
                )

    def get_help_text(self) -> str:
        return f"Your password can't be based on the name of this site, {settings.SITE_NAME}."
