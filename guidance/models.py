"""The codified guidance, as loaded from ``guidance/content/`` by ``load_guidance``.

The files are the source of truth; these tables are a copy the pages and moderation findings
can query. Rows are matched to the files by ``slug``, which never changes. Anything removed
from the files is marked retired rather than deleted, so an old finding that cites a retired
principle still resolves to a page that says so.
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse

from guidance.content_files import BODY_KINDS, EVIDENCE_LEVELS

HOUSE_BODY_SLUG = "house"


class CurrentQuerySet(models.QuerySet):
    """Shared by every loaded model: ``current()`` leaves out what the files no longer hold."""

    def current(self) -> CurrentQuerySet:
        return self.filter(retired_at__isnull=True)


class LoadedFromFiles(models.Model):
    """Fields every model copied from the content files has."""

    slug = models.SlugField(max_length=100, unique=True)
    order = models.PositiveIntegerField(default=0)
    retired_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When this was removed from the content files. Retired rows stay so that "
        "old links keep working.",
    )

    objects = CurrentQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["order", "slug"]

    def __str__(self) -> str:
        return self.slug

    @property
    def is_retired(self) -> bool:
        return self.retired_at is not None


class Body(LoadedFromFiles):
    """An organisation whose guidance we summarise, or Common Room itself (the house rules)."""

    name = models.CharField(max_length=200)
    short_name = models.CharField(max_length=100)
    kind = models.CharField(max_length=30, help_text="One of BODY_KINDS in content_files.py.")
    introduction = models.TextField()

    class Meta(LoadedFromFiles.Meta):
        verbose_name_plural = "bodies"

    def __str__(self) -> str:
        return self.short_name

    def get_absolute_url(self) -> str:
        if self.slug == HOUSE_BODY_SLUG:
            return reverse("guidance:house_rules")
        return reverse("guidance:body", kwargs={"slug": self.slug})

    @property
    def kind_label(self) -> str:
        return BODY_KINDS.get(self.kind, self.kind)


class SourceDocument(models.Model):
    """A published document a body's principles come from."""

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="documents")
    key = models.SlugField(max_length=100)
    title = models.CharField(max_length=300)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    url = models.CharField(max_length=500)
    note = models.TextField(blank=True)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["body", "order"]
        constraints = [
            models.UniqueConstraint(fields=["body", "key"], name="guidance_document_key_per_body")
        ]

    def __str__(self) -> str:
        return self.title


class Concern(LoadedFromFiles):
    """One of the nine moderation concerns every finding names (see MODERATION.md)."""

    name = models.CharField(max_length=100)
    explanation = models.TextField()
    main_principle_slug = models.SlugField(
        max_length=100, help_text="The principle a finding cites when none fits better."
    )
    problem_examples = models.JSONField(default=list)
    fine_examples = models.JSONField(default=list)

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("guidance:concern", kwargs={"slug": self.slug})


class Principle(LoadedFromFiles):
    """One citable principle. Moderation findings link to it by ``slug``."""

    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="principles")
    title = models.CharField(max_length=200)
    summary = models.TextField()
    document_title = models.CharField(max_length=300)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    url = models.CharField(max_length=500)
    clause = models.CharField(max_length=200, blank=True)
    concerns = models.ManyToManyField(Concern, related_name="principles", blank=True)
    checkable = models.BooleanField(
        help_text="The checker may raise a finding on this principle; otherwise it is advice."
    )
    audience = models.JSONField(default=list)
    evidence = models.CharField(
        max_length=20, help_text="How closely the summary was checked; see EVIDENCE_LEVELS."
    )

    class Meta(LoadedFromFiles.Meta):
        ordering = ["body__order", "order"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        """The principle's own page (its permalink)."""
        return reverse("guidance:principle", kwargs={"slug": self.slug})

    @property
    def anchor_url(self) -> str:
        """The principle in place on its body's page."""
        return f"{self.body.get_absolute_url()}#{self.slug}"

    @property
    def evidence_note(self) -> str:
        return EVIDENCE_LEVELS.get(self.evidence, "")


class Tip(LoadedFromFiles):
    """A piece of good-practice advice, shown on the tips page and while writing."""

    title = models.CharField(max_length=200)
    text = models.TextField()
    audience = models.JSONField(default=list)
    principles = models.ManyToManyField(Principle, related_name="tips", blank=True)

    def __str__(self) -> str:
        return self.title


class CrisisContact(LoadedFromFiles):
    """A service people can contact for help. Unverified ones carry ``unverified_note``."""

    name = models.CharField(max_length=200)
    for_whom = models.TextField()
    phone = models.CharField(max_length=40, blank=True)
    phone_note = models.CharField(max_length=300, blank=True)
    textphone = models.CharField(max_length=40, blank=True)
    text = models.CharField(max_length=100, blank=True)
    email = models.EmailField(blank=True)
    website = models.URLField(blank=True)
    hours = models.CharField(max_length=300, blank=True)
    regions = models.JSONField(default=list)
    crisis_line = models.BooleanField(default=True)
    last_verified = models.DateField(null=True, blank=True)
    unverified_note = models.TextField(blank=True)
    note = models.TextField(blank=True)

    def __str__(self) -> str:
        return self.name

    @property
    def is_verified(self) -> bool:
        return self.last_verified is not None

    @property
    def phone_href(self) -> str:
        """A ``tel:`` address for the phone number."""
        return "tel:" + self.phone.replace(" ", "") if self.phone else ""


class EasyReadSection(LoadedFromFiles):
    """One part of the Easy Read house rules."""

    heading = models.CharField(max_length=200)
    sentences = models.JSONField(default=list)
    principle = models.ForeignKey(
        Principle, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    def __str__(self) -> str:
        return self.heading


class PageText(models.Model):
    """Introductions for pages whose content lives in one file (concerns, crisis, Easy Read)."""

    key = models.SlugField(max_length=50, unique=True)
    title = models.CharField(max_length=200, blank=True)
    text = models.TextField(blank=True)

    class Meta:
        verbose_name = "page text"

    def __str__(self) -> str:
        return self.key

    @property
    def lines(self) -> list[str]:
        """The text split into lines (the Easy Read introduction is one sentence a line)."""
        return [line for line in self.text.splitlines() if line.strip()]
