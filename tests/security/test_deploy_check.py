"""`manage.py check --deploy` is clean with nothing but production values in the environment."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

# Set by the test run itself (pytest-env, the browser tests) to relax production behaviour;
# a production server has none of them.
TEST_ONLY_VARIABLES = {
    "DEBUG",
    "SECURE_SSL_REDIRECT",
    "SECURE_COOKIES",
    "SECURE_HSTS_SECONDS",
    "STATIC_MANIFEST",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "EMAIL_URL",
}


def production_environment() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in TEST_ONLY_VARIABLES}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "commonroom.example.org",
            "CSRF_TRUSTED_ORIGINS": "https://commonroom.example.org",
            "SITE_URL": "https://commonroom.example.org",
            "EMAIL_URL": "smtp://mailer:secret@smtp.example.org:587",
        }
    )
    return env


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 — our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_deploy_check_passes_with_production_values():
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", env=production_environment()
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_deploy_check_fails_when_debug_is_left_on():
    """Guards the test above: the same command does notice a dangerous setting."""
    env = production_environment() | {"DEBUG": "true"}
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "security.W018" in result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    env = production_environment()
    del env["SECRET_KEY"]
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
