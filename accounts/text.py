"""One rule for what may be typed into any form on the site.

People never type control characters or invisible formatting characters on purpose; they
arrive by pasting, or by someone trying to make text read differently from how it is stored
(a right-to-left override turning "txt.exe" around). Emoji and every script are welcome,
including the joiners emoji sequences need and the tag characters inside subdivision flags
(Scotland, Wales, England).
"""

from __future__ import annotations

import re
import unicodedata

from django.core.exceptions import ValidationError

# Zero-width (non-)joiners are needed to write some languages and many emoji.
_JOINERS = {"\u200c", "\u200d"}
# A subdivision flag: black flag, tag letters/digits, cancel tag (e.g. Scotland, Wales).
_SUBDIVISION_FLAG = re.compile("\U0001f3f4[\U000e0030-\U000e0039\U000e0061-\U000e007a]+\U000e007f")


def check_plain_text(value: str, *, allow_newlines: bool) -> None:
    """Raise ValidationError for control or hidden formatting characters, with a kind message."""
    allowed = {"\n", "\r", "\t"} if allow_newlines else {"\t"}
    for char in _SUBDIVISION_FLAG.sub("", value):
        category = unicodedata.category(char)
        if category == "Cf" and char not in _JOINERS:
            raise ValidationError(
                "This contains a hidden formatting character (such as a text-direction "
                "override). Please retype it without one."
            )
        if category in {"Cc", "Cs"} and char not in allowed:
            raise ValidationError(
                "This contains a hidden control character. Please retype it without one."
            )
