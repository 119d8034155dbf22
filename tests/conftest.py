"""The fixed cast every test draws on, and shared helpers."""

from __future__ import annotations

import pytest

from accounts.models import Capacity, Profession, Regulator, TrustLevel, User

PASSWORD = "a long and unguessable test passphrase"


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Hashing strength is Django's concern, not ours; a fast hasher keeps the suite quick."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters and used two-factor codes live in the cache: start each test clean."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def make_member(email: str, display_name: str, **fields: object) -> User:
    """Create a member whose e-mail address is verified and who accepted the current terms,
    as after sign-up."""
    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django.utils import timezone

    fields.setdefault("terms_version", settings.TERMS_VERSION)
    fields.setdefault("terms_accepted_at", timezone.now())
    user = User.objects.create_user(
        email=email, password=PASSWORD, display_name=display_name, **fields
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def add_totp(user: User) -> str:
    """Give the member an authenticator app (allauth MFA TOTP); returns its secret, from which
    `totp_code(secret)` makes the current code."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def totp_code(secret: str) -> str:
    """The code an authenticator app would show right now for `secret`."""
    from allauth.mfa.totp.internal.auth import (
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


@pytest.fixture
def practitioner(db) -> User:
    """A mental-health nurse, registered with the NMC, an established author."""
    return make_member(
        "nurse@example.org",
        "Priya (nurse)",
        capacity=Capacity.PRACTITIONER,
        profession=Profession.NURSE,
        regulator=Regulator.NMC,
        trust_level=TrustLevel.ESTABLISHED,
    )


@pytest.fixture
def psychologist(db) -> User:
    return make_member(
        "psychologist@example.org",
        "Dr Tom Reyes",
        capacity=Capacity.PRACTITIONER,
        profession=Profession.PSYCHOLOGIST,
        regulator=Regulator.HCPC,
        trust_level=TrustLevel.ESTABLISHED,
    )


@pytest.fixture
def lived_experience(db) -> User:
    """A member with lived experience of mental health difficulties."""
    return make_member(
        "sam@example.org",
        "Sam",
        capacity=Capacity.LIVED_EXPERIENCE,
        trust_level=TrustLevel.ESTABLISHED,
    )


@pytest.fixture
def carer(db) -> User:
    return make_member(
        "carer@example.org", "Morag", capacity=Capacity.CARER, trust_level=TrustLevel.ESTABLISHED
    )


@pytest.fixture
def reader(db) -> User:
    return make_member("reader@example.org", "A reader", capacity=Capacity.READER)


def _make_moderator(email: str, display_name: str) -> User:
    from django.contrib.auth.models import Group

    user = make_member(
        email,
        display_name,
        capacity=Capacity.PRACTITIONER,
        profession=Profession.SOCIAL_WORKER,
        trust_level=TrustLevel.ESTABLISHED,
    )
    group, _ = Group.objects.get_or_create(name="moderators")
    user.groups.add(group)
    return user


@pytest.fixture
def moderator(db) -> User:
    """A member of the moderators group with an authenticator app set up, so moderation
    pages open for them."""
    user = _make_moderator("moderator@example.org", "Moderator Jo")
    add_totp(user)
    return user


@pytest.fixture
def moderator_without_two_factor(db) -> User:
    """In the moderators group but with no authenticator app yet: moderation stays shut."""
    return _make_moderator("new-moderator@example.org", "Moderator Alex")


@pytest.fixture
def anonymous_client(client):
    """A visitor who is not signed in."""
    return client


@pytest.fixture
def client_for(client):
    """`client_for(user)` returns the test client signed in as that member."""

    def sign_in(user: User):
        client.force_login(user)
        return client

    return sign_in


def _commits_for_real(item: pytest.Item) -> bool:
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    return bool(
        (marker and marker.kwargs.get("transaction"))
        or "transactional_db" in fixtures
        or "live_server" in fixtures
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the tests that commit for real (browser journeys, races) after all the others.

    Such a test empties every table when it ends, taking the rows the data migrations load
    (the moderators group, the guidance) with it; tests that run later would miss them.
    """
    items.sort(key=_commits_for_real)
