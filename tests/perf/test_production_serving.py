"""Production serving: gunicorn's settings, hashed and compressed static files, shared sessions."""

from __future__ import annotations

import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
GUNICORN_CONF = ROOT / "config" / "gunicorn.conf.py"


def gunicorn_settings(monkeypatch, **environment: str) -> dict:
    for name in ("WEB_CONCURRENCY", "GUNICORN_BIND", "GUNICORN_THREADS", "GUNICORN_ACCESS_LOG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(GUNICORN_CONF))


def test_gunicorn_runs_two_threaded_processes_per_core_and_keeps_the_access_log_off(monkeypatch):
    conf = gunicorn_settings(monkeypatch)
    assert conf["wsgi_app"] == "config.wsgi:application"
    assert conf["bind"] == ["127.0.0.1:8000"]
    assert conf["workers"] == 2 * (os.cpu_count() or 1)
    assert (conf["threads"], conf["worker_class"]) == (4, "gthread")
    assert conf["keepalive"] == 0
    assert conf["accesslog"] is None
    assert conf["timeout"] > 0


def test_gunicorn_takes_its_settings_from_the_environment(monkeypatch):
    conf = gunicorn_settings(
        monkeypatch,
        WEB_CONCURRENCY="3",
        GUNICORN_BIND="0.0.0.0:8000",
        GUNICORN_THREADS="1",
        GUNICORN_ACCESS_LOG="-",
    )
    assert (conf["workers"], conf["threads"], conf["worker_class"]) == (3, 1, "sync")
    assert conf["bind"] == ["0.0.0.0:8000"]
    assert conf["accesslog"] == "-"


def settings_seen_with(**environment: str) -> dict:
    """Settings as a fresh process reads them from this environment."""
    code = (
        "import json, config.settings as s; "
        "print(json.dumps({'session': s.SESSION_ENGINE, "
        "'cache': s.CACHES['default']['BACKEND']}))"
    )
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update({"SECRET_KEY": "only-for-this-test", **environment})
    result = subprocess.run(  # noqa: S603 - the test's own interpreter and code
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def test_with_redis_sessions_are_in_the_database_and_cached_in_redis():
    seen = settings_seen_with(REDIS_URL="redis://127.0.0.1:6379/0")
    assert seen["session"] == "django.contrib.sessions.backends.cached_db"
    assert seen["cache"].endswith("RedisCache")


def test_without_redis_sessions_stay_in_the_database_alone():
    seen = settings_seen_with()
    assert seen["session"] == "django.contrib.sessions.backends.db"


@pytest.mark.django_db
def test_collectstatic_writes_hashed_compressed_files_that_pages_link_to(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = False
    call_command("collectstatic", "--noinput", verbosity=0)
    manifest = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
    hashed = manifest["css/site.css"]
    assert hashed != "css/site.css"
    assert (tmp_path / (hashed + ".gz")).exists()

    from django.test import Client

    client = Client()  # made now, so WhiteNoise finds the files just collected
    page = client.get("/").content.decode()
    assert f"/static/{hashed}" in page
    response = client.get(f"/static/{hashed}", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "immutable" in response["Cache-Control"]
