"""The one way a post or comment goes from its author towards readers.

Every submission passes through `submit_post` or `submit_comment`. Today they publish at once;
the moderation work routes them through the checker and the queue without the views changing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from blog.models import Comment, Post, Status

SUBMITTABLE_FROM = {Status.DRAFT, Status.RETURNED, Status.PUBLISHED, Status.PENDING}


@dataclass
class SubmissionOutcome:
    """What happened to a submission, for the view to tell the author."""

    status: Status
    message: str
    findings: list = field(default_factory=list)

    @property
    def published(self) -> bool:
        return self.status == Status.PUBLISHED


def submit_post(post: Post) -> SubmissionOutcome:
    """Send a saved post on its way to readers and say what became of it."""
    post.transition(Status.PUBLISHED, allowed_from=SUBMITTABLE_FROM)
    return SubmissionOutcome(Status.PUBLISHED, "Your post is published.")


def submit_comment(comment: Comment) -> SubmissionOutcome:
    """Send a saved comment on its way to readers and say what became of it."""
    comment.transition(Status.PUBLISHED, allowed_from=SUBMITTABLE_FROM)
    return SubmissionOutcome(Status.PUBLISHED, "Your comment is published.")
