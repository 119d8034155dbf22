"""Copy the guidance content files into the database, matching rows by slug.

Used by the ``load_guidance`` command and by the data migration that fills a fresh database.
The migration passes its historical models in through ``get_model``, so this module touches
only plain ORM features (no custom managers or methods) and ignores values for fields an older
model does not have yet.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from guidance.content_files import GuidanceContent

ModelLookup = Callable[[str], type[models.Model]]


@dataclass
class LoadReport:
    """What one load changed, counted per kind of row (``principle``, ``tip``...)."""

    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    retired: Counter[str] = field(default_factory=Counter)
    restored: Counter[str] = field(default_factory=Counter)

    @property
    def changed(self) -> bool:
        return any((self.created, self.updated, self.retired, self.restored))

    def summary(self) -> str:
        """One line per kind that changed, e.g. ``principle: 1 updated, 1 retired``."""
        kinds = sorted(
            set(self.created) | set(self.updated) | set(self.retired) | set(self.restored)
        )
        lines = []
        for kind in kinds:
            parts = [
                f"{counter[kind]} {label}"
                for label, counter in (
                    ("created", self.created),
                    ("updated", self.updated),
                    ("restored", self.restored),
                    ("retired", self.retired),
                )
                if counter[kind]
            ]
            lines.append(f"{kind}: {', '.join(parts)}")
        return "\n".join(lines) if lines else "Nothing changed."


def _default_lookup(name: str) -> type[models.Model]:
    from django.apps import apps

    return apps.get_model("guidance", name)


@dataclass
class _Row:
    slug: str
    values: dict[str, Any]
    many: dict[str, set[int]] = field(default_factory=dict)


def _column_names(model: type[models.Model]) -> set[str]:
    return {f.attname for f in model._meta.concrete_fields}


def _sync_by_slug(
    model: type[models.Model], kind: str, rows: Iterable[_Row], report: LoadReport
) -> dict[str, models.Model]:
    """Create or update one row per slug; retire rows whose slug is no longer in the files.

    Returns every row of the model, retired ones included, by slug.
    """
    columns = _column_names(model)
    many_names = {f.name for f in model._meta.many_to_many}
    manager = model._default_manager
    existing = {obj.slug: obj for obj in manager.prefetch_related(*many_names)}
    seen: set[str] = set()
    for row in rows:
        seen.add(row.slug)
        values = {key: value for key, value in row.values.items() if key in columns}
        obj = existing.get(row.slug)
        if obj is None:
            obj = manager.create(slug=row.slug, **values)
            existing[row.slug] = obj
            report.created[kind] += 1
            for name, wanted in row.many.items():
                if name in many_names and wanted:
                    getattr(obj, name).set(wanted)
            continue
        changed = [key for key, value in values.items() if getattr(obj, key) != value]
        for key in changed:
            setattr(obj, key, values[key])
        restored = obj.retired_at is not None
        if restored:
            obj.retired_at = None
            changed.append("retired_at")
        if changed:
            obj.save(update_fields=changed)
        many_changed = False
        for name, wanted in row.many.items():
            if name in many_names and {r.pk for r in getattr(obj, name).all()} != wanted:
                getattr(obj, name).set(wanted)
                many_changed = True
        if restored:
            report.restored[kind] += 1
        elif changed or many_changed:
            report.updated[kind] += 1
    now = timezone.now()
    for slug, obj in existing.items():
        if slug not in seen and obj.retired_at is None:
            obj.retired_at = now
            obj.save(update_fields=["retired_at"])
            report.retired[kind] += 1
    return existing


def sync_content(content: GuidanceContent, get_model: ModelLookup | None = None) -> LoadReport:
    """Make the database match ``content``. Slugs are the keys; nothing is ever deleted
    except source documents, which nothing links to."""
    lookup = get_model or _default_lookup
    report = LoadReport()
    with transaction.atomic():
        bodies = _sync_by_slug(
            lookup("Body"),
            "body",
            (
                _Row(
                    body.slug,
                    {
                        "name": body.name,
                        "short_name": body.short_name,
                        "kind": body.kind,
                        "introduction": body.introduction,
                        "order": body.order,
                    },
                )
                for body in content.bodies
            ),
            report,
        )
        _sync_documents(lookup("SourceDocument"), content, bodies, report)
        concerns = _sync_by_slug(
            lookup("Concern"),
            "concern",
            (
                _Row(
                    concern.slug,
                    {
                        "name": concern.name,
                        "explanation": concern.explanation,
                        "main_principle_slug": concern.main_principle,
                        "problem_examples": list(concern.problem_examples),
                        "fine_examples": list(concern.fine_examples),
                        "order": concern.order,
                    },
                )
                for concern in content.concerns
            ),
            report,
        )
        principles = _sync_by_slug(
            lookup("Principle"),
            "principle",
            (
                _Row(
                    principle.slug,
                    {
                        "body_id": bodies[principle.body_slug].pk,
                        "title": principle.title,
                        "summary": principle.summary,
                        "document_title": principle.document_title,
                        "year": principle.year,
                        "url": principle.url,
                        "clause": principle.clause,
                        "checkable": principle.checkable,
                        "audience": list(principle.audience),
                        "evidence": principle.evidence,
                        "order": principle.order,
                    },
                    {"concerns": {concerns[slug].pk for slug in principle.concerns}},
                )
                for principle in content.principles
            ),
            report,
        )
        _sync_by_slug(
            lookup("Tip"),
            "tip",
            (
                _Row(
                    tip.slug,
                    {
                        "title": tip.title,
                        "text": tip.text,
                        "audience": list(tip.audience),
                        "order": tip.order,
                    },
                    {"principles": {principles[slug].pk for slug in tip.principles}},
                )
                for tip in content.tips
            ),
            report,
        )
        _sync_by_slug(
            lookup("CrisisContact"),
            "crisis contact",
            (
                _Row(
                    contact.slug,
                    {
                        "name": contact.name,
                        "for_whom": contact.for_whom,
                        "phone": contact.phone,
                        "phone_note": contact.phone_note,
                        "textphone": contact.textphone,
                        "text": contact.text,
                        "email": contact.email,
                        "website": contact.website,
                        "hours": contact.hours,
                        "regions": list(contact.regions),
                        "crisis_line": contact.crisis_line,
                        "last_verified": contact.last_verified,
                        "unverified_note": contact.unverified_note,
                        "note": contact.note,
                        "order": contact.order,
                    },
                )
                for contact in content.crisis_contacts
            ),
            report,
        )
        _sync_by_slug(
            lookup("EasyReadSection"),
            "easy read section",
            (
                _Row(
                    section.slug,
                    {
                        "heading": section.heading,
                        "sentences": list(section.sentences),
                        "principle_id": principles[section.principle].pk
                        if section.principle
                        else None,
                        "order": section.order,
                    },
                )
                for section in content.easy_read.sections
            ),
            report,
        )
        _sync_page_texts(
            lookup("PageText"),
            {
                "concerns": ("", content.concerns_introduction),
                "crisis": ("", content.crisis_introduction),
                "easy-read": (content.easy_read.title, "\n".join(content.easy_read.introduction)),
            },
            report,
        )
    return report


def _sync_documents(
    model: type[models.Model],
    content: GuidanceContent,
    bodies: Mapping[str, models.Model],
    report: LoadReport,
) -> None:
    """Source documents are keyed by (body, key) and deleted when dropped from a file."""
    manager = model._default_manager
    existing = {(doc.body_id, doc.key): doc for doc in manager.all()}
    wanted: set[tuple[int, str]] = set()
    for body in content.bodies:
        body_id = bodies[body.slug].pk
        for order, document in enumerate(body.documents):
            key = (body_id, document.key)
            wanted.add(key)
            values = {
                "title": document.title,
                "year": document.year,
                "url": document.url,
                "note": document.note,
                "order": order,
            }
            doc = existing.get(key)
            if doc is None:
                manager.create(body_id=body_id, key=document.key, **values)
                report.created["source document"] += 1
                continue
            changed = [name for name, value in values.items() if getattr(doc, name) != value]
            if changed:
                for name in changed:
                    setattr(doc, name, values[name])
                doc.save(update_fields=changed)
                report.updated["source document"] += 1
    stale = [doc.pk for key, doc in existing.items() if key not in wanted]
    if stale:
        manager.filter(pk__in=stale).delete()
        report.retired["source document"] += len(stale)


def _sync_page_texts(
    model: type[models.Model], texts: Mapping[str, tuple[str, str]], report: LoadReport
) -> None:
    manager = model._default_manager
    for key, (title, text) in texts.items():
        page, created = manager.get_or_create(key=key, defaults={"title": title, "text": text})
        if created:
            report.created["page text"] += 1
        elif (page.title, page.text) != (title, text):
            page.title, page.text = title, text
            page.save(update_fields=["title", "text"])
            report.updated["page text"] += 1
