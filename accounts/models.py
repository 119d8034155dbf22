"""Who is speaking on Common Room, and in what capacity."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify


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
    capacity = models.CharField(
        max_length=20, choices=Capacity.choices, default=Capacity.READER
    )
    profession = models.CharField(max_length=30, choices=Profession.choices, blank=True)
    regulator = models.CharField(max_length=10, choices=Regulator.choices, blank=True)
    show_profession = models.BooleanField(
        default=True, help_text="Show your profession beside your name."
    )
    bio = models.TextField(
        max_length=1000, blank=True, help_text="A few words about you. Plain text."
    )
    trust_level = models.CharField(
        max_length=12, choices=TrustLevel.choices, default=TrustLevel.NEW
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
        if self.capacity == Capacity.PRACTITIONER and self.profession and self.show_profession:
            return self.get_profession_display()
        return self.get_capacity_display()
