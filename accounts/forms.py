"""Forms for joining, settings, accepting the terms and deleting an account.

Help text and error messages are written for the person filling the form in.
"""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import get_adapter
from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.utils.html import format_html

from accounts.models import Capacity, DeletionLog, Profession, Regulator, User
from accounts.terms import house_rules_url, terms_of_use_url
from accounts.text import check_plain_text

DISPLAY_NAME_MAX_LENGTH = 60
BIO_MAX_LENGTH = 1000

# Names that would let someone pass for the site, its moderators or the anonymised account.
_RESERVED_NAMES = {
    "admin",
    "administrator",
    "commonroom",
    "formermember",
    "moderator",
    "moderators",
    "staff",
    "team",
}

CAPACITY_HELP = {
    Capacity.PRACTITIONER: "You work in mental health services, paid or as a peer worker.",
    Capacity.LIVED_EXPERIENCE: "You have used mental health services, now or in the past.",
    Capacity.CARER: "You support someone who uses mental health services.",
    Capacity.READER: "You are here to read and, now and then, to comment.",
}


def _squash(text: str) -> str:
    return "".join(char for char in text.lower() if char.isalnum())


def clean_display_name_value(raw: str) -> str:
    """Tidy a display name and refuse ones that mislead or can't be shown."""
    name = " ".join(raw.split())
    check_plain_text(name, allow_newlines=False)
    if not any(char.isalnum() for char in name):
        raise ValidationError("Please include at least one letter or number in your name.")
    if _squash(name) in _RESERVED_NAMES:
        raise ValidationError(
            "That name could be mistaken for the site or its moderators. Please choose another."
        )
    return name


class CapacityFieldsMixin:
    """Capacity, profession and regulator, shared by sign-up and settings."""

    def _add_capacity_fields(self) -> None:
        self.fields["capacity"] = forms.ChoiceField(
            label="How are you taking part?",
            choices=Capacity.choices,
            widget=forms.RadioSelect,
            help_text=" ".join(
                f"{Capacity(value).label}: {text}" for value, text in CAPACITY_HELP.items()
            )
            + " This is shown beside your name on everything you write.",
        )
        self.fields["profession"] = forms.ChoiceField(
            label="Your profession (practitioners only)",
            choices=[("", "Choose your profession"), *Profession.choices],
            required=False,
        )
        self.fields["regulator"] = forms.ChoiceField(
            label="Your regulator (practitioners only)",
            choices=[("", "Choose your regulator"), *Regulator.choices],
            required=False,
            help_text="We don't check registrations. Your professional code applies to what "
            "you write here, and our checks point to it.",
        )

    def _clean_capacity(self, cleaned: dict[str, Any]) -> None:
        if cleaned.get("capacity") == Capacity.PRACTITIONER:
            if not cleaned.get("profession"):
                self.add_error("profession", "Please choose your profession, or 'Other'.")
            if not cleaned.get("regulator"):
                self.add_error("regulator", "Please choose your regulator, or 'Other or none'.")
        else:
            # Profession and regulator describe practitioners only; drop stray choices.
            cleaned["profession"] = ""
            cleaned["regulator"] = ""


class SignupForm(CapacityFieldsMixin, AllauthSignupForm):
    """allauth's sign-up form plus who the person is and their acceptance of the terms."""

    field_order = [
        "display_name",
        "email",
        "password1",
        "password2",
        "capacity",
        "profession",
        "regulator",
        "accept_terms",
    ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["display_name"] = forms.CharField(
            label="Display name",
            max_length=DISPLAY_NAME_MAX_LENGTH,
            help_text="The name people see beside your words. A pseudonym is welcome: "
            "moderators can still reach you through your e-mail address, which is never shown.",
            widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
        )
        self.fields["email"].label = "E-mail address"
        self.fields["email"].help_text = "We'll send a link to confirm it. It is never shown."
        self.fields["password1"].help_text = (
            "At least 12 characters. A few unrelated words make a strong password that is easy "
            "to remember. Long passwords are welcome."
        )
        self._add_capacity_fields()
        self.fields["accept_terms"] = forms.BooleanField(
            label=format_html(
                'I have read and accept the <a href="{}">house rules</a> and the '
                '<a href="{}">terms of use</a>.',
                house_rules_url(),
                terms_of_use_url(),
            ),
            error_messages={
                "required": "Please read and accept the house rules and terms of use to join."
            },
        )
        self.order_fields(self.field_order)
        # allauth's placeholders duplicate the labels; labels are enough and stay visible.
        for field in self.fields.values():
            field.widget.attrs.pop("placeholder", None)

    def clean_display_name(self) -> str:
        return clean_display_name_value(self.cleaned_data["display_name"])

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        self._clean_capacity(cleaned)
        # allauth checks the password against a stand-in user holding only the e-mail address;
        # check it again knowing the display name too, so "Priya2026!!!!" is refused for Priya.
        password = cleaned.get("password1")
        if password and not self.has_error("password1"):
            stand_in = User(
                email=cleaned.get("email") or "", display_name=cleaned.get("display_name", "")
            )
            try:
                password_validation.validate_password(password, stand_in)
            except ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class ProfileSettingsForm(CapacityFieldsMixin, forms.ModelForm):
    """What a member can change about how they appear and what we e-mail them."""

    class Meta:
        model = User
        fields = [
            "display_name",
            "bio",
            "capacity",
            "profession",
            "regulator",
            "show_profession",
            "notify_decisions",
            "notify_comments",
        ]
        labels = {
            "show_profession": "Show my profession beside my name",
            "bio": "About you",
        }
        help_texts = {
            "display_name": "The name people see beside your words. A pseudonym is welcome. "
            "Changing it also changes the address of your profile page.",
            "bio": f"A few words shown on your profile page, as plain text (up to "
            f"{BIO_MAX_LENGTH:,} characters). Please leave out anything that would help "
            "someone find you.",
            "show_profession": "When this is off, your words show 'Practitioner' instead.",
        }
        widgets = {"bio": forms.Textarea(attrs={"rows": 5, "maxlength": BIO_MAX_LENGTH})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Same choices and wording as sign-up; the values still come from the instance.
        self._add_capacity_fields()
        self.fields["bio"].max_length = BIO_MAX_LENGTH
        self.order_fields(self.Meta.fields)

    def clean_display_name(self) -> str:
        return clean_display_name_value(self.cleaned_data["display_name"])

    def clean_bio(self) -> str:
        bio = self.cleaned_data["bio"].strip()
        check_plain_text(bio, allow_newlines=True)
        if len(bio) > BIO_MAX_LENGTH:
            raise ValidationError(
                f"That's {len(bio):,} characters; please keep it to {BIO_MAX_LENGTH:,}."
            )
        return bio

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        self._clean_capacity(cleaned)
        return cleaned

    def save(self, commit: bool = True) -> User:
        user = super().save(commit=False)
        if "display_name" in self.changed_data:
            # The profile address is made from the display name; someone moving to a
            # pseudonym shouldn't leave their old name in it.
            user.handle = ""
        if commit:
            user.save()
        return user


class AcceptTermsForm(forms.Form):
    accept = forms.BooleanField(
        label="I have read and accept the current house rules and terms of use.",
        error_messages={"required": "Please tick the box to carry on using your account."},
    )


class DeleteAccountForm(forms.Form):
    """Choose what happens to contributions, then confirm with the password."""

    choice = forms.ChoiceField(
        label="What should happen to your posts and comments?",
        choices=[
            (DeletionLog.Choice.DELETE, "Delete them"),
            (DeletionLog.Choice.ANONYMISE, "Keep them, signed as 'Former member'"),
        ],
        widget=forms.RadioSelect,
    )
    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text="To make sure it's really you.",
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        # Through allauth, so wrong guesses count towards its failed-login limit.
        if not get_adapter().reauthenticate(self.user, password):
            raise ValidationError("That password isn't right. Please try again.")
        return password
