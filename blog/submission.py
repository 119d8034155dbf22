"""The one way a post or comment goes from its author towards readers.

Every submission passes through `submit_post` or `submit_comment`, which hand it to
moderation: the checker reads it and it is published, held for a moderator or returned to
the author. Moderation never imports the blog; the adapters below tell it what posts and
comments are and map its outcomes onto the blog's own guarded status changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.urls import reverse

from blog.models import Comment, Post, Status, TransitionRefused
from moderation import actions
from moderation.feedback import Feedback
from moderation.registry import ContentRefused, ContentState, ModerationAdapter, register

SUBMITTABLE_FROM = {Status.DRAFT, Status.RETURNED, Status.PUBLISHED, Status.PENDING}

# Moderation's words for where content is, and the blog's. Kept as an explicit table so a
# new status on either side fails loudly here rather than quietly meaning something else.
_STATUS_FOR: dict[ContentState, Status] = {
    ContentState.DRAFT: Status.DRAFT,
    ContentState.PENDING: Status.PENDING,
    ContentState.PUBLISHED: Status.PUBLISHED,
    ContentState.RETURNED: Status.RETURNED,
    ContentState.REJECTED: Status.REJECTED,
    ContentState.HIDDEN: Status.HIDDEN,
}
_STATE_FOR = {status: state for state, status in _STATUS_FOR.items()}


@dataclass
class SubmissionOutcome:
    """What happened to a submission, for the view to tell the author."""

    status: Status
    message: str
    findings: list = field(default_factory=list)
    feedback: Feedback | None = None
    shows_crisis_contacts: bool = False
    case_id: int | None = None

    @property
    def published(self) -> bool:
        return self.status == Status.PUBLISHED

    @property
    def returned(self) -> bool:
        return self.status == Status.RETURNED


class ContributionAdapter(ModerationAdapter):
    """What posts and comments share: a status field moved by `Contribution.transition`."""

    def state(self, obj: Any) -> ContentState:
        return _STATE_FOR[Status(obj.status)]

    def move(self, obj: Any, to: ContentState, *, allowed_from: Iterable[ContentState]) -> None:
        try:
            obj.transition(
                _STATUS_FOR[to], allowed_from={_STATUS_FOR[state] for state in allowed_from}
            )
        except TransitionRefused as error:
            raise ContentRefused(str(error)) from error


class PostAdapter(ContributionAdapter):
    kind = "post"
    checked_fields = ("title", "body")
    field_labels = {"title": "Title", "body": "Post"}

    def label(self, obj: Post) -> str:
        return obj.title

    def edit_url(self, obj: Post) -> str | None:
        return reverse("blog:post_edit", kwargs={"slug": obj.slug})


class CommentAdapter(ContributionAdapter):
    kind = "comment"
    checked_fields = ("body",)
    field_labels = {"body": "Comment"}

    def label(self, obj: Comment) -> str:
        return f"Comment on “{obj.post.title}”"


def register_with_moderation() -> None:
    """Put posts and comments under moderation (called from BlogConfig.ready)."""
    register(Post, PostAdapter())
    register(Comment, CommentAdapter())


def _outcome(result: actions.SubmitResult) -> SubmissionOutcome:
    return SubmissionOutcome(
        status=_STATUS_FOR[result.state],
        message=result.message,
        findings=result.case.findings,
        feedback=result.feedback,
        shows_crisis_contacts=result.case.shows_crisis_contacts,
        case_id=result.case.pk,
    )


def submit_post(post: Post) -> SubmissionOutcome:
    """Send a saved post through the checker and say what became of it."""
    outcome = _outcome(actions.submit(post))
    suggested = outcome.feedback.suggested_content_warning if outcome.feedback else None
    if outcome.published and suggested and not post.content_warning:
        outcome.message += (
            " It talks about suicide or self-harm: you could add a content warning such as "
            f"“{suggested}” by editing it."
        )
    return outcome


def submit_comment(comment: Comment) -> SubmissionOutcome:
    """Send a saved comment through the checker and say what became of it."""
    return _outcome(actions.submit(comment))


def check_post_draft(title: str, body: str) -> Feedback:
    """What the checker would say about a post's words, without saving or submitting them."""
    return actions.check_draft(
        PostAdapter.kind, {"title": title, "body": body}, field_labels=PostAdapter.field_labels
    )


def withdraw_post(post: Post) -> None:
    """Take a post that is waiting for a moderator back to the author's drafts."""
    actions.withdraw(post)
