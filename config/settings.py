"""Django settings for Common Room.

One module for every environment: everything that differs between a laptop, CI and
production is read from environment variables (documented in README.md).
"""

from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import bootstrap
import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", default=False)

_secret_key = env_str("SECRET_KEY", default="")
if not _secret_key:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY is required when DEBUG is off (see README.md).")
    # Only ever used on a developer's machine with DEBUG on.
    _secret_key = "insecure-development-key-never-use-in-production"  # noqa: S105
SECRET_KEY = _secret_key

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env_str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
SITE_NAME = "Common Room"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "crispy_forms",
    "crispy_bootstrap5",
    "accounts",
    "guidance",
    "moderation",
    "blog",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages for visitors without a session, straight from the cache (blog/caching.py).
    "blog.caching.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "config.middleware.PermissionsPolicyMiddleware",
    "config.middleware.SafeSubmissionMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.TermsAcceptanceMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "config.context_processors.site",
                "moderation.context_processors.moderation",
            ],
        },
    },
]

# --- Database: SQLite by default, PostgreSQL (or anything dj-database-url reads) by URL.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", default=60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: Redis when REDIS_URL is set, local memory otherwise.
_redis_url = env_str("REDIS_URL", default="")
if _redis_url:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": _redis_url,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", default="commonroom"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Sessions live in the database, which every app server shares. With Redis they are also
# cached there (write-through), so a signed-in page reads no session row; without Redis
# each server's memory cache would disagree about a logout, so the database alone is used.
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if _redis_url
    else "django.contrib.sessions.backends.db"
)
# How long an anonymous visitor's page may be served from the cache (blog/caching.py); a
# change to what it shows replaces it at once, whatever this says. 0 turns it off. Off by
# default without Redis: each gunicorn worker's local memory would miss the others' changes.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", default=600 if _redis_url else 0)

# --- Accounts
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ("email", "display_name")},
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # The site's own name is a context word an attacker would try first (ASVS 6.2.11).
    {"NAME": "accounts.validators.SiteNameSimilarityValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "blog:home"
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"signup": "accounts.forms.SignupForm"}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
# One address per member: a new address replaces the old one once it is confirmed.
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Common Room] "
# allauth's defaults, written out so they can be read here. Counters live in the cache, so
# they are shared between servers only when REDIS_URL is set. Kept generous per address
# because many NHS staff reach the internet through one shared address.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/300s/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/180s/key",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = SITE_NAME
# Bump TERMS_VERSION whenever the house rules or terms of use change: every member is asked
# to accept the new version at their next visit.
TERMS_VERSION = env_str("TERMS_VERSION", default="2026-11-21")
TRUST_ESTABLISHED_AFTER_CONTRIBUTIONS = env_int("TRUST_ESTABLISHED_AFTER_CONTRIBUTIONS", default=3)
TRUST_ESTABLISHED_AFTER_DAYS = env_int("TRUST_ESTABLISHED_AFTER_DAYS", default=7)
# Per-member limits in any rolling hour; 0 turns a limit off.
HOURLY_LIMITS = {
    "posts": env_int("POSTS_PER_HOUR", default=5),
    "comments": env_int("COMMENTS_PER_HOUR", default=30),
    "reports": env_int("REPORTS_PER_HOUR", default=20),
}

# --- Internationalisation
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# --- Static files: our own in static/, Bootstrap from its Python package (never a CDN).
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("bootstrap", Path(bootstrap.__path__[0])),
]
# Hashed, compressed files need `collectstatic` first; development and tests serve the
# source files directly.
STATIC_MANIFEST = env_bool("STATIC_MANIFEST", default=not DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if STATIC_MANIFEST
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not STATIC_MANIFEST

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# --- E-mail: printed to the console by default; EMAIL_URL=smtp://user:pass@host:587?tls=1 for SMTP.
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", default="Common Room <hello@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
_email_url = env_str("EMAIL_URL", default="console:")
_email = urlsplit(_email_url)
if _email.scheme == "console":
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
elif _email.scheme in {"smtp", "smtps"}:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    _email_options = parse_qs(_email.query)
    EMAIL_HOST = _email.hostname or "localhost"
    EMAIL_PORT = _email.port or (465 if _email.scheme == "smtps" else 587)
    EMAIL_HOST_USER = unquote(_email.username or "")
    EMAIL_HOST_PASSWORD = unquote(_email.password or "")
    EMAIL_USE_SSL = _email.scheme == "smtps"
    EMAIL_USE_TLS = not EMAIL_USE_SSL and _email_options.get("tls", ["1"])[0] in {"1", "true"}
else:
    raise ImproperlyConfigured("EMAIL_URL must start with console:, smtp:// or smtps://.")

# --- Security. Production values are the defaults; DEBUG relaxes only what local HTTP needs.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
if env_bool("BEHIND_TLS_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Powerful browser features the site never uses, switched off for every page (and for anything
# a page might embed). Sent by config.middleware.PermissionsPolicyMiddleware.
PERMISSIONS_POLICY: dict[str, list[str]] = {
    feature: []
    for feature in (
        "accelerometer", "autoplay", "browsing-topics", "camera", "display-capture",
        "geolocation", "gyroscope", "hid", "magnetometer", "microphone", "midi", "payment",
        "serial", "usb", "xr-spatial-tracking",
    )
}  # fmt: skip

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", default="WARNING")},
}

# --- Site behaviour
POSTS_PER_PAGE = env_int("POSTS_PER_PAGE", default=10)

# --- Moderation
# Distinct members whose reports hide a published item until a moderator has looked.
MODERATION_REPORT_THRESHOLD = env_int("MODERATION_REPORT_THRESHOLD", default=3)
# Minutes a safeguarding item may wait before `moderation_digest` alerts every moderator.
MODERATION_SAFEGUARDING_ALERT_MINUTES = env_int("MODERATION_SAFEGUARDING_ALERT_MINUTES", default=30)
# Live "check my draft" requests allowed per member per minute (0: no limit).
MODERATION_DRAFT_CHECKS_PER_MINUTE = env_int("MODERATION_DRAFT_CHECKS_PER_MINUTE", default=30)
