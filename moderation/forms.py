"""Forms for moderators' decisions, readers' reports and authors' appeals."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import get_user_model

from accounts.text import check_plain_text
from moderation.concerns import REPORT_REASONS, Concern
from moderation.principles import known_principles, principle_title


def principle_choices(extra: list[str] | None = None) -> list[tuple[str, str]]:
    """Every principle a moderator may cite, plus any the findings cite that aren't listed."""
    choices = [(slug, f"{title} ({slug})") for slug, title in known_principles()]
    known = {slug for slug, _ in choices}
    for slug in extra or []:
        if slug and slug not in known:
            choices.append((slug, f"{principle_title(slug)} ({slug})"))
            known.add(slug)
    return choices


class StyledForm(forms.Form):
    """Gives each widget the site's form classes, and ties help text to its field."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.style_widgets()

    def style_widgets(self) -> None:
        for name, field in self.fields.items():
            widget = field.widget
            if isinstance(
                widget, forms.RadioSelect | forms.CheckboxSelectMultiple | forms.HiddenInput
            ):
                continue
            css = "form-select" if isinstance(widget, forms.Select) else "form-control"
            widget.attrs.setdefault("class", css)
            if field.help_text:
                widget.attrs.setdefault("aria-describedby", f"{self.add_prefix(name)}-help")


class DecisionForm(StyledForm):
    """What every decision carries: the version of the case the moderator was looking at."""

    version = forms.IntegerField(widget=forms.HiddenInput)


class ApproveForm(DecisionForm):
    note = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Note (optional)",
        help_text="Kept in the audit log and sent to the author.",
    )


class PrinciplesMixin:
    """Principles to cite: the findings' own as ticked boxes, and any other from a list."""

    principles_required = True

    def add_principle_fields(self, suggested: list[str] | None) -> None:
        suggested = [slug for slug in dict.fromkeys(suggested or []) if slug]
        everything = principle_choices(suggested)
        self.fields["principles"] = forms.MultipleChoiceField(
            required=False,
            label="Principles the check cited",
            choices=[choice for choice in everything if choice[0] in suggested],
            widget=forms.CheckboxSelectMultiple,
        )
        self.fields["other_principles"] = forms.MultipleChoiceField(
            required=False,
            label="Other principles" if suggested else "Principles this rests on",
            help_text="Hold Ctrl (or Cmd) to choose more than one. The author gets a link to each.",
            choices=[choice for choice in everything if choice[0] not in suggested],
            widget=forms.SelectMultiple(attrs={"size": 6}),
        )
        if not suggested:
            del self.fields["principles"]
        elif not self.is_bound:
            self.initial.setdefault("principles", suggested)

    def cited(self) -> list[str]:
        data = self.cleaned_data
        return list(dict.fromkeys([*data.get("principles", []), *data.get("other_principles", [])]))

    def check_principles(self) -> None:
        if self.principles_required and not self.cited():
            raise forms.ValidationError("Choose at least one principle this rests on.")


class CitingDecisionForm(PrinciplesMixin, DecisionForm):
    """Return and reject: a note for the author and at least one principle it rests on."""

    note = forms.CharField(
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        label="Note to the author",
        help_text="Say what needs to change, or why it can't be published, kindly and plainly.",
    )

    def __init__(self, *args: Any, suggested: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.add_principle_fields(suggested)
        self.style_widgets()

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        self.check_principles()
        return data


class EditForm(PrinciplesMixin, DecisionForm):
    """Edit then approve: the moderator's version of each checked field."""

    principles_required = False
    note = forms.CharField(
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        label="What you changed and why",
        help_text="The author is told, and the before and after are kept in the audit log.",
    )

    def __init__(
        self,
        *args: Any,
        field_names: tuple[str, ...] = (),
        field_labels: dict[str, str] | None = None,
        suggested: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.field_names = field_names
        for name in field_names:
            self.fields[f"text_{name}"] = forms.CharField(
                label=(field_labels or {}).get(name, name.capitalize()),
                widget=forms.Textarea(attrs={"rows": 8 if name == "body" else 1}),
                strip=False,
                max_length=50_000,
            )
        self.add_principle_fields(suggested)
        self.style_widgets()

    def edited_fields(self) -> dict[str, str]:
        return {name: self.cleaned_data[f"text_{name}"] for name in self.field_names}


class EscalateForm(DecisionForm):
    to = forms.ModelChoiceField(
        queryset=get_user_model().objects.none(),
        label="Moderator",
        empty_label="Choose a moderator",
    )
    note = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Note for them (optional)",
    )

    def __init__(self, *args: Any, moderators: list[Any] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        ids = [user.pk for user in moderators or []]
        self.fields["to"].queryset = get_user_model().objects.filter(pk__in=ids)


class ReportForm(StyledForm):
    reason = forms.ChoiceField(
        label="What is wrong with it?",
        choices=[(concern.value, REPORT_REASONS[concern]) for concern in Concern],
        widget=forms.RadioSelect,
    )
    detail = forms.CharField(
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        label="Anything else a moderator should know? (optional)",
        help_text="Please don't repeat any private details from the post.",
    )

    def clean_detail(self) -> str:
        detail = self.cleaned_data["detail"]
        check_plain_text(detail, allow_newlines=True)
        return detail


class AppealForm(StyledForm):
    message = forms.CharField(
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
        label="Why should the decision change?",
        help_text="A different moderator will read this. You can appeal once.",
    )

    def clean_message(self) -> str:
        message = self.cleaned_data["message"]
        check_plain_text(message, allow_newlines=True)
        return message


class HearAppealForm(StyledForm):
    outcome = forms.ChoiceField(
        choices=[
            ("uphold", "Uphold: the decision stands"),
            ("overturn", "Overturn: publish it as it was"),
        ],
        widget=forms.RadioSelect,
        label="Your decision",
    )
    note = forms.CharField(
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        label="Note to the author",
    )


class QueueFilterForm(StyledForm):
    concern = forms.ChoiceField(
        required=False, choices=[("", "Any concern"), *Concern.choices], label="Concern"
    )
    kind = forms.ChoiceField(required=False, label="Kind")

    def __init__(self, *args: Any, kinds: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", "Posts and comments")] + [
            (kind, f"{kind.capitalize()}s") for kind in kinds or []
        ]


class AuditFilterForm(StyledForm):
    action = forms.ChoiceField(required=False, label="Action")
    actor = forms.CharField(
        required=False, max_length=100, label="Who", help_text="A name, an e-mail or checker."
    )
    kind = forms.ChoiceField(required=False, label="Kind")
    principle = forms.CharField(required=False, max_length=80, label="Principle slug")
    since = forms.DateField(
        required=False, label="From", widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        required=False, label="To", widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(
        self, *args: Any, actions: list[tuple[str, str]], kinds: list[str], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["action"].choices = [("", "Any action"), *actions]
        self.fields["kind"].choices = [("", "Anything"), *((k, k.capitalize()) for k in kinds)]
