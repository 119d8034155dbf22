"""Who is speaking on Common Room, and in what capacity."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify

# The one account that anonymised contributions are reassigned to. `.invalid` is reserved
# (RFC 2606), so no real mailbox can ever match it.
FORMER_MEMBER_EMAIL = "former-member@commonroom.invalid"
FORMER_MEMBER_NAME = "Former member"


class Capacity(models.TextChoices):
    """The capacity in which a person takes part, shown beside their name."""

    PRACTITIONER = "practitioner", "Practitioner"
    LIVED_EXPERIENCE = "lived_experience", "Lived experience"
    CARER = "carer", "Carer or family member"
    READER = "reader", "Reader"


class Profession(models.TextChoices):
    NURSE = "nurse", "Nurse"
    SOCIAL_WORKER = "social_worker", "Social worker"
    PSYCHOLOGIST = "psychologist", "Psychologist"
    OCCUPATIONAL_THERAPIST = "occupational_therapist", "Occupational therapist"
    DOCTOR = "doctor", "Doctor"
    PEER_SUPPORT_WORKER = "peer_support_worker", "Peer support worker"
    OTHER = "other", "Other"


class Regulator(models.TextChoices):
    NMC = "nmc", "NMC"
    HCPC = "hcpc", "HCPC"
    GMC = "gmc", "GMC"
    SWE = "swe", "Social Work England"
    OTHER = "other", "Other or none"


class TrustLevel(models.TextChoices):
    NEW = "new", "New"
    ESTABLISHED = "established", "Established"


class UserManager(BaseUserManager["User"]):
    """Creates members and superusers who sign in with their e-mail address."""

    use_in_migrations = True

    def _create(self, email: str, password: str | None, **fields: object) -> User:
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **fields: object) -> User:
        fields.setdefault("is_staff", False)
        fields.setdefault("is_superuser", False)
        return self._create(email, password, **fields)

    def create_superuser(self, email: str, password: str | None = None, **fields: object) -> User:
        fields["is_staff"] = True
        fields["is_superuser"] = True
        return self._create(email, password, **fields)

    def former_member(self) -> User:
        """The placeholder that anonymised posts and comments belong to (made on first use).

        It cannot sign in (no usable password, inactive) and has no profile page.
        """
        user = self.filter(email=FORMER_MEMBER_EMAIL).first()
        if user is None:
            user = self.model(
                email=FORMER_MEMBER_EMAIL,
                display_name=FORMER_MEMBER_NAME,
                capacity=Capacity.READER,
                is_active=False,
            )
            user.set_unusable_password()
            user.save()
        return user


class User(AbstractBaseUser, PermissionsMixin):
    """A member of Common Room. Signs in by e-mail; shown by display name and capacity."""

    email = models.EmailField("e-mail address", unique=True)
    display_name = models.CharField(
        max_length=60,
        help_text="The name people see beside your words. A pseudonym is welcome.",
    )
    handle = models.SlugField(
        max_length=70,
        unique=True,
        help_text="Used in the address of your profile page. Made from your display name.",
    )
    capacity = models.CharField(max_length=20, choices=Capacity.choices, default=Capacity.READER)
    profession = models.CharField(max_length=30, choices=Profession.choices, blank=True)
    regulator = models.CharField(max_length=10, choices=Regulator.choices, blank=True)
    show_profession = models.BooleanField(
        default=True, help_text="Show your profession beside your name."
    )
    bio = models.TextField(
        max_length=1000, blank=True, help_text="A few words about you. Plain text."
    )
    trust_level = models.CharField(
        max_length=12,
        choices=TrustLevel.choices,
        default=TrustLevel.NEW,
        help_text=(
            "New members' first contributions wait for a moderator. They become established "
            "automatically after enough approved contributions, unless a moderator set the level."
        ),
    )
    trust_level_set_by_moderator = models.BooleanField(
        default=False,
        help_text="Set when a moderator chose the trust level; automatic promotion then stops.",
    )
    terms_version = models.CharField(
        "accepted terms version",
        max_length=40,
        blank=True,
        help_text="The version of the house rules and terms of use this member last accepted.",
    )
    terms_accepted_at = models.DateTimeField("terms accepted at", null=True, blank=True)
    notify_decisions = models.BooleanField(
        "e-mail me moderators' decisions on what I write",
        default=True,
        help_text="For example when a post is published, or returned to you with a note.",
    )
    notify_comments = models.BooleanField(
        "e-mail me when someone comments on my posts",
        default=True,
    )
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["display_name"]

    class Meta:
        ordering = ["display_name"]
        permissions = [("moderate", "Can review, approve, return and reject contributions")]

    def __str__(self) -> str:
        return self.display_name or self.email

    def save(self, *args: object, **kwargs: object) -> None:
        if not self.display_name:
            self.display_name = self.email.split("@")[0] if self.email else "member"
        if not self.handle:
            self.handle = self._unique_handle()
        super().save(*args, **kwargs)

    def _unique_handle(self) -> str:
        base = slugify(self.display_name)[:60] or "member"
        candidate, number = base, 1
        while type(self).objects.filter(handle=candidate).exclude(pk=self.pk).exists():
            number += 1
            candidate = f"{base}-{number}"
        return candidate

    def get_absolute_url(self) -> str:
        return reverse("blog:author", kwargs={"handle": self.handle})

    def get_full_name(self) -> str:
        return self.display_name

    def get_short_name(self) -> str:
        return self.display_name

    @property
    def capacity_label(self) -> str:
        """What to show beside the name: the profession for a practitioner who allows it."""
        if self.is_former_member:
            return ""
        if self.capacity == Capacity.PRACTITIONER and self.profession and self.show_profession:
            return self.get_profession_display()
        return self.get_capacity_display()

    @property
    def is_former_member(self) -> bool:
        """True for the placeholder account that anonymised contributions belong to."""
        return self.email == FORMER_MEMBER_EMAIL

    @cached_property
    def has_verified_email(self) -> bool:
        """True once the member has confirmed an e-mail address (needed to post or comment)."""
        from allauth.account.models import EmailAddress

        return EmailAddress.objects.filter(user=self, verified=True).exists()

    # --- Terms of use

    @property
    def has_accepted_current_terms(self) -> bool:
        return self.terms_version == settings.TERMS_VERSION

    def accept_terms(self, version: str | None = None) -> None:
        """Record that the member accepted `version` (the current one by default) just now."""
        self.terms_version = version or settings.TERMS_VERSION
        self.terms_accepted_at = timezone.now()
        if self.pk:
            self.save(update_fields=["terms_version", "terms_accepted_at"])

    # --- Trust

    @property
    def needs_review(self) -> bool:
        """True while a member is new: their contributions wait for a moderator."""
        return self.trust_level != TrustLevel.ESTABLISHED

    def set_trust_level(self, level: TrustLevel | str, *, by_moderator: bool = True) -> None:
        """Change the trust level. A moderator's choice stops automatic promotion."""
        self.trust_level = TrustLevel(level)
        self.trust_level_set_by_moderator = by_moderator
        self.save(update_fields=["trust_level", "trust_level_set_by_moderator"])


class DeletionLog(models.Model):
    """That an account was deleted, when, and what happened to its contributions.

    Deliberately holds no personal data: no name, no address, not even the account's id.
    """

    class Choice(models.TextChoices):
        DELETE = "delete", "Contributions deleted"
        ANONYMISE = "anonymise", "Contributions kept, anonymised"

    deleted_at = models.DateTimeField(default=timezone.now, editable=False)
    choice = models.CharField(max_length=10, choices=Choice.choices)
    counts = models.JSONField(
        default=dict, help_text="How many of each kind of contribution were deleted or kept."
    )

    class Meta:
        ordering = ["-deleted_at"]

    def __str__(self) -> str:
        return f"{self.get_choice_display()} on {self.deleted_at:%Y-%m-%d %H:%M}"
