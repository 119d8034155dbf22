"""Forms for writing posts and comments, with messages written for the person typing."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from accounts.text import check_plain_text
from blog.idempotency import new_token
from blog.models import Comment, Post, Tag

MAX_TAGS = 8
MAX_BODY_LENGTH = 50_000


class PostForm(forms.ModelForm):
    # A new random token each time the form is shown (blog/idempotency.py).
    submission_token = forms.UUIDField(required=False, widget=forms.HiddenInput, initial=new_token)
    tags_text = forms.CharField(
        label="Tags",
        required=False,
        max_length=400,
        help_text="Up to 8, separated by commas, for example: reflective practice, night shifts",
    )

    class Meta:
        model = Post
        fields = ["title", "body", "excerpt", "content_warning"]
        labels = {"content_warning": "Content warning (optional)", "excerpt": "Summary (optional)"}
        widgets = {"body": forms.Textarea(attrs={"rows": 16})}
        error_messages = {
            "title": {"required": "Please give your post a title."},
            "body": {"required": "Your post is empty. Write something before saving."},
        }

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["body"].max_length = MAX_BODY_LENGTH
        if self.instance.pk and not self.is_bound:
            self.initial["tags_text"] = ", ".join(tag.name for tag in self.instance.tags.all())

    def clean_title(self) -> str:
        title = " ".join(self.cleaned_data["title"].split())
        check_plain_text(title, allow_newlines=False)
        if not title:
            raise ValidationError("Please give your post a title.")
        return title

    def clean_body(self) -> str:
        body = self.cleaned_data["body"]
        check_plain_text(body, allow_newlines=True)
        if not body.strip():
            raise ValidationError("Your post is empty. Write something before saving.")
        if len(body) > MAX_BODY_LENGTH:
            raise ValidationError(
                f"Your post is {len(body):,} characters; the most is {MAX_BODY_LENGTH:,}. "
                "Could it be two posts?"
            )
        return body

    def clean_excerpt(self) -> str:
        excerpt = " ".join(self.cleaned_data["excerpt"].split())
        check_plain_text(excerpt, allow_newlines=False)
        return excerpt

    def clean_content_warning(self) -> str:
        warning = " ".join(self.cleaned_data["content_warning"].split())
        check_plain_text(warning, allow_newlines=False)
        return warning

    def clean_tags_text(self) -> list[str]:
        raw = self.cleaned_data["tags_text"]
        check_plain_text(raw, allow_newlines=False)
        names: list[str] = []
        errors: list[ValidationError] = []
        for piece in raw.split(","):
            if not piece.strip():
                continue
            try:
                name = Tag.clean_name(piece)
            except ValidationError as error:
                errors.append(error)
                continue
            if name.lower() not in {existing.lower() for existing in names}:
                names.append(name)
        if errors:
            raise ValidationError(errors)
        if len(names) > MAX_TAGS:
            raise ValidationError(f"Please use at most {MAX_TAGS} tags.")
        return names

    def save_with_tags(self, author: object) -> Post:
        """Save the post and its tags together (the caller wraps this in a transaction)."""
        post = self.save(commit=False)
        if not post.pk:
            post.author = author
        post.save()
        post.tags.set([Tag.get_or_create_named(name) for name in self.cleaned_data["tags_text"]])
        return post


class CommentForm(forms.ModelForm):
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    # Filled in by the template, one per form on the page (blog/idempotency.py).
    submission_token = forms.UUIDField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Comment
        fields = ["body"]
        labels = {"body": "Your comment"}
        widgets = {"body": forms.Textarea(attrs={"rows": 5})}
        error_messages = {"body": {"required": "Your comment is empty."}}

    def clean_body(self) -> str:
        body = self.cleaned_data["body"]
        check_plain_text(body, allow_newlines=True)
        if not body.strip():
            raise ValidationError("Your comment is empty.")
        return body
