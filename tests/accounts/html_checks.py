"""Reading pages the way assistive technology does: language, landmarks, labelled fields."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

_UNLABELLED_INPUT_TYPES = {"hidden", "submit", "button", "reset", "image"}


@dataclass
class PageFacts:
    lang: str | None = None
    main_count: int = 0
    label_targets: set[str] = field(default_factory=set)
    fields: list[dict[str, str | None]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)

    def unlabelled_fields(self) -> list[str]:
        """Form fields that neither a <label for> nor an aria-label names."""
        missing = []
        for attrs in self.fields:
            has_label = attrs.get("id") in self.label_targets
            if not has_label and not attrs.get("aria-label") and not attrs.get("aria-labelledby"):
                missing.append(attrs.get("name") or attrs.get("id") or "?")
        return missing


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.facts = PageFacts()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.facts.lang = values.get("lang")
        elif tag == "main":
            self.facts.main_count += 1
        elif tag == "label" and values.get("for"):
            self.facts.label_targets.add(values["for"])
        elif tag in {"select", "textarea"} or (
            tag == "input" and values.get("type", "text") not in _UNLABELLED_INPUT_TYPES
        ):
            self.facts.fields.append(values)

    def handle_data(self, data: str) -> None:
        self.facts.text.append(data)


def read_page(html: str | bytes) -> PageFacts:
    reader = _Reader()
    reader.feed(html.decode() if isinstance(html, bytes) else html)
    return reader.facts
