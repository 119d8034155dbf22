"""Posts, comments and tags, with every visibility rule said once on a QuerySet."""

from __future__ import annotations

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, models, transaction
from django.db.models import Count, Q
from django.db.models.functions import Lower
from django.dispatch import Signal
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from blog.rendering import render_markdown, summarise


class Status(models.TextChoices):
    """Where a post or comment is on its way to readers."""

    DRAFT = "draft", "Draft"
    PENDING = "pending", "Waiting for a moderator"
    PUBLISHED = "published", "Published"
    RETURNED = "returned", "Returned to the author"
    REJECTED = "rejected", "Rejected"
    HIDDEN = "hidden", "Hidden"


# States from which the author may still change the text and submit it again.
EDITABLE_STATUSES = {Status.DRAFT, Status.RETURNED, Status.PUBLISHED, Status.PENDING}


class TransitionRefused(Exception):
    """A state change was asked for from a state that does not allow it."""


def unique_slug(model: type[models.Model], text: str, *, max_length: int, fallback: str) -> str:
    """Return a slug made from `text` that no row of `model` has yet (-2, -3 … on a clash)."""
    base = slugify(text)[: max_length - 8].strip("-") or fallback
    candidate, number = base, 1
    while model._default_manager.filter(slug=candidate).exists():
        number += 1
        candidate = f"{base}-{number}"
    return candidate


# Sent after a queryset update() changed posts or comments: sender is the model, pks the rows.
contributions_updated = Signal()


class ContributionQuerySet(models.QuerySet):
    """Who may see which posts and comments: said once, used by every view, feed and sitemap."""

    def published(self) -> ContributionQuerySet:
        """What any reader may see."""
        return self.filter(status=Status.PUBLISHED)

    def visible_to(self, user: settings.AUTH_USER_MODEL | None) -> ContributionQuerySet:
        """Published items, plus the person's own in any state."""
        if user is not None and user.is_authenticated:
            return self.filter(Q(status=Status.PUBLISHED) | Q(author=user))
        return self.published()

    def update(self, **kwargs: object) -> int:
        """Django's update(), which sends no post_save, so it says which rows it changed.

        Status changes (publish, hide, return) go through here; the page cache listens.
        """
        pks = list(self.values_list("pk", flat=True))
        changed = super().update(**kwargs)
        if changed:
            contributions_updated.send(sender=self.model, pks=pks)
        return changed


class Contribution(models.Model):
    """What posts and comments share: an author, Markdown rendered once, and a status."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="%(class)ss"
    )
    body_html = models.TextField(editable=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True)
    # The random token of the form that created this, so that a form sent twice (a double
    # click, a retried request) creates one post or comment, not two. See blog/idempotency.py.
    submission_token = models.UUIDField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args: object, **kwargs: object) -> None:
        self.body_html = render_markdown(self.body)
        super().save(*args, **kwargs)

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED

    def can_be_edited_by(self, user: settings.AUTH_USER_MODEL) -> bool:
        """Only the author changes their own words (moderators redact through moderation)."""
        return user.is_authenticated and user.pk == self.author_id

    def transition(self, to: Status, *, allowed_from: set[Status], **changes: object) -> None:
        """Move to `to` if, in the database, the row is still in one of `allowed_from`.

        A conditional UPDATE makes this safe when two people act at once: the second finds
        the row already moved and is refused with TransitionRefused.
        """
        model = type(self)
        with transaction.atomic():
            values = {"status": to, "updated_at": timezone.now(), **changes}
            if to == Status.PUBLISHED and not self.published_at:
                values.setdefault("published_at", timezone.now())
            moved = model.objects.filter(pk=self.pk, status__in=allowed_from).update(**values)
            if not moved:
                self.refresh_from_db(fields=["status"])
                raise TransitionRefused(
                    f"This {model._meta.verbose_name} is {self.get_status_display().lower()}, "
                    f"so it can't be {Status(to).label.lower()} now."
                )
            for field, value in values.items():
                setattr(self, field, value)


class TagQuerySet(models.QuerySet["Tag"]):
    def with_published_counts(self) -> TagQuerySet:
        """Tags that label at least one published post, with how many."""
        return (
            self.annotate(published_count=Count("posts", filter=Q(posts__status=Status.PUBLISHED)))
            .filter(published_count__gt=0)
            .order_by("name")
        )


# Search ranks at most this many of the newest posts that match (on PostgreSQL). Finding
# them walks the newest posts until this many match, so the walk, and the search's database
# time, grows with it: at 100,000 posts 500 cost about 10 ms a search and 200 about 3.5 ms,
# as much as a 1,000-post site pays (benchmarks/README.md). Twenty pages of results cover
# what anyone reads; the last page says how to reach older posts.
SEARCH_CANDIDATES = 200


def search_result_limit() -> int | None:
    """How many matches a search can return at most, or None when every match is returned."""
    return SEARCH_CANDIDATES if connection.vendor == "postgresql" else None


TAG_NAME_PATTERN = re.compile(r"^[\w][\w \-']{0,39}$")


class Tag(models.Model):
    """A label readers browse by. Names are unique whatever their case."""

    name = models.CharField(max_length=40)
    slug = models.SlugField(max_length=48, unique=True)

    objects = TagQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(Lower("name"), name="tag_name_unique_any_case")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("blog:tag", kwargs={"slug": self.slug})

    @staticmethod
    def clean_name(raw: str) -> str:
        """Tidy a tag name a person typed, or raise ValidationError saying what is wrong."""
        name = " ".join(raw.split()).strip("#").strip()
        if not name:
            raise ValidationError("A tag needs at least one letter or number.")
        if len(name) > 40:
            raise ValidationError(f"“{name[:40]}…” is too long for a tag (40 characters at most).")
        if not TAG_NAME_PATTERN.match(name) or not slugify(name):
            raise ValidationError(
                f"“{name}” can't be a tag: use letters, numbers, spaces and hyphens."
            )
        return name

    @classmethod
    def get_or_create_named(cls, name: str) -> Tag:
        """The tag with this name in any case, created if it does not exist yet."""
        existing = cls.objects.filter(name__iexact=name).first()
        if existing:
            return existing
        slug = unique_slug(cls, name, max_length=48, fallback="tag")
        return cls.objects.create(name=name, slug=slug)


class PostQuerySet(ContributionQuerySet):
    def for_cards(self) -> PostQuerySet:
        """Everything a post card shows, fetched in a fixed number of queries."""
        return self.select_related("author").prefetch_related("tags")

    def newest_first(self) -> PostQuerySet:
        return self.order_by("-published_at", "-id")

    def search(self, query: str) -> PostQuerySet:
        """Posts matching the words in `query`: full-text on PostgreSQL, word matching elsewhere."""
        words = query.split()
        if not words:
            return self.none()
        if connection.vendor == "postgresql":
            from django.contrib.postgres.search import SearchRank

            from blog.fulltext import newest_matches, search_query, stored_document

            # The stored document (blog/fulltext.py): matching and ranking never work out a
            # post's words again. Only the newest matches are ranked, found by walking the
            # newest posts, so a common word costs the same at a million posts as at a thousand.
            wanted = search_query(query)
            return (
                self.filter(pk__in=newest_matches(query, SEARCH_CANDIDATES))
                .annotate(rank=SearchRank(stored_document(), wanted))
                .order_by("-rank", "-published_at", "-id")
            )
        matches = Q()
        for word in words[:10]:
            matches &= Q(title__icontains=word) | Q(body__icontains=word)
        return self.filter(matches).order_by("-published_at", "-id")


class Post(Contribution):
    """A reflective blog entry written in Markdown."""

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True, editable=False)
    body = models.TextField(help_text="Write in Markdown. Headings, lists, links and quotes work.")
    excerpt = models.CharField(
        max_length=300,
        blank=True,
        help_text=(
            "A sentence or two shown on lists of posts. Left empty, the start of the post is used."
        ),
    )
    tags = models.ManyToManyField(Tag, related_name="posts", blank=True)
    content_warning = models.CharField(
        max_length=120,
        blank=True,
        help_text=(
            "For example “discusses self-harm”. Readers see this first and choose to open the post."
        ),
    )

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="post_status_published"),
            # Lists of published posts, newest first, and their "older posts" cursors.
            models.Index(
                fields=["-published_at", "-id"],
                condition=Q(status=Status.PUBLISHED),
                name="post_published_newest",
            ),
            models.Index(
                fields=["author", "-published_at", "-id"],
                condition=Q(status=Status.PUBLISHED),
                name="post_author_published_newest",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["author", "submission_token"],
                condition=Q(submission_token__isnull=False),
                name="post_one_per_submission",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: object, **kwargs: object) -> None:
        if not self.slug:
            self.slug = unique_slug(Post, self.title, max_length=220, fallback="post")
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("blog:post", kwargs={"slug": self.slug})

    @property
    def summary(self) -> str:
        return self.excerpt or summarise(self.body_html)

    @property
    def is_editable(self) -> bool:
        return self.status in EDITABLE_STATUSES


class CommentQuerySet(ContributionQuerySet):
    """Comments; visibility rules come from ContributionQuerySet."""


class Comment(Contribution):
    """A response to a published post, from a signed-in member; replies go one level deep."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="comments")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    body = models.TextField(max_length=5000)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["post", "status", "created_at"], name="comment_post_status")
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["author", "submission_token"],
                condition=Q(submission_token__isnull=False),
                name="comment_one_per_submission",
            )
        ]

    def __str__(self) -> str:
        return f"Comment by {self.author} on {self.post}"

    def get_absolute_url(self) -> str:
        return f"{self.post.get_absolute_url()}#comment-{self.pk}"

    def clean(self) -> None:
        if self.parent_id and self.parent and self.parent.parent_id:
            raise ValidationError("Replies go one level deep: reply to the first comment instead.")
        if self.parent_id and self.parent and self.parent.post_id != self.post_id:
            raise ValidationError("That reply belongs to a different post.")
