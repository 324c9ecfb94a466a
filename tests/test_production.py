"""Production settings, security headers, health check and gunicorn configuration."""

import json
import os
import runpy
import secrets
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError
from django.http import HttpResponse
from django.test import RequestFactory

from config.middleware import ContentSecurityPolicyMiddleware, build_policy, parse_sources

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, env_overrides=None):
    return python("manage.py", *args, env_overrides=env_overrides)


def python(*args, env_overrides=None):
    """Python in a fresh process at the project's root, without this test run's secrets."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("SECRET_KEY", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    env.update(env_overrides or {})
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION_ENV = {
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "innovation.example.gouv.fr",
    "DATABASE_URL": "postgres://innovation@db.example.internal:5432/innovation",
    "REDIS_URL": "redis://cache.example.internal:6379/0",
}


def test_check_deploy_is_clean_with_production_settings():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        "--settings=config.settings_production",
        env_overrides=PRODUCTION_ENV,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "DATABASE_URL", "REDIS_URL"])
def test_production_settings_refuse_to_start_without(missing):
    # Empty counts as missing (and hides the variable of the shell running the tests).
    env = {**PRODUCTION_ENV, missing: ""}
    result = manage("check", "--settings=config.settings_production", env_overrides=env)
    assert result.returncode != 0
    assert f"{missing} environment variable is required" in result.stderr


def test_production_keeps_no_state_in_a_process():
    """What several app servers must share: nothing lives in one worker's memory or disk."""
    code = (
        "from django.conf import settings as s;"
        "print(s.CACHES['default']['BACKEND'], s.CACHES['default']['LOCATION'],"
        " s.SESSION_ENGINE, s.MESSAGE_STORAGE, s.STORAGES['staticfiles']['BACKEND'],"
        " s.TASKS['default']['BACKEND'], s.DATABASES['default']['ENGINE'])"
    )
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        code,
        "--settings=config.settings_production",
        env_overrides={**PRODUCTION_ENV, "TASKS_BACKEND": "database"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "config.cache.ResilientRedisCache",
        "redis://cache.example.internal:6379/0",
        "django.contrib.sessions.backends.db",
        # Messages go in a cookie, or in the session when too long: never in a process.
        "django.contrib.messages.storage.fallback.FallbackStorage",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "django_tasks_db.DatabaseBackend",
        "django.db.backends.postgresql",
    ]


def _middleware(view_response=None):
    def view(request):
        return view_response or HttpResponse("<p>ok</p>")

    return ContentSecurityPolicyMiddleware(view)


def test_public_pages_get_a_strict_policy(settings):
    response = _middleware()(RequestFactory().get("/fr/programme/"))
    policy = response["Content-Security-Policy"]
    assert "script-src 'self';" in policy
    assert "style-src 'self';" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert "object-src 'none'" in policy


def test_admin_gets_the_policy_wagtail_needs(settings):
    response = _middleware()(RequestFactory().get("/admin/pages/3/edit/"))
    policy = response["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy
    assert "style-src 'self' 'unsafe-inline'" in policy
    assert "frame-ancestors 'self'" in policy


def test_policy_settings_extend_and_report_only(settings):
    settings.CSP_EXTRA_SOURCES = (
        "frame-src https://www.youtube-nocookie.com; img-src https://cdn.example"
    )
    settings.CSP_REPORT_ONLY = True
    response = _middleware()(RequestFactory().get("/en/"))
    assert "Content-Security-Policy" not in response
    policy = response["Content-Security-Policy-Report-Only"]
    assert "frame-src 'self' https://www.youtube-nocookie.com" in policy
    assert "img-src 'self' data: https://cdn.example" in policy


def test_a_view_that_sets_its_own_policy_keeps_it():
    own = HttpResponse("x")
    own["Content-Security-Policy"] = "sandbox"
    response = _middleware(own)(RequestFactory().get("/fr/"))
    assert response["Content-Security-Policy"] == "sandbox"


def test_policy_helpers():
    assert parse_sources("img-src a b; ; frame-src c") == {
        "img-src": ["a", "b"],
        "frame-src": ["c"],
    }
    assert build_policy({"default-src": ["'self'"]}, {"worker-src": ["blob:"]}) == (
        "default-src 'self'; worker-src 'self' blob:"
    )


@pytest.mark.django_db
def test_health_check_says_ok_without_language_prefix(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]
    assert client.head("/healthz").status_code == 200
    assert client.post("/healthz").status_code == 405


@pytest.mark.django_db
def test_health_check_is_503_when_the_database_is_down(client):
    with mock.patch("config.health.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error"


def test_gunicorn_configuration(monkeypatch):
    monkeypatch.setenv("WEB_CONCURRENCY", "4")
    monkeypatch.setenv("GUNICORN_BIND", "127.0.0.1:9999")
    conf = runpy.run_path(str(ROOT / "config" / "gunicorn.conf.py"))
    assert conf["workers"] == 4
    assert conf["bind"] == "127.0.0.1:9999"
    assert conf["control_socket_disable"] is True

    from gunicorn.config import Config

    logger = conf["logger_class"](Config())
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": "/fr/inscriptions/gerer/SeCrEtToKeN1234567890abc/",
        "PATH_INFO": "/fr/inscriptions/gerer/SeCrEtToKeN1234567890abc/",
        "SERVER_PROTOCOL": "HTTP/1.1",
    }
    response = mock.Mock(status="200 OK", sent=10, headers=[])
    atoms = logger.atoms(response, mock.Mock(headers=[]), environ, timedelta(milliseconds=5))
    assert "SeCrEtToKeN" not in atoms["r"] + atoms["U"]
    assert atoms["r"].startswith("GET /fr/inscriptions/gerer/")


WARM_UP_PROBE = """
import json, runpy
from unittest import mock
import django
django.setup()
from django.core import validators
from django.db import connections
from django.template import engines
from django.utils.functional import empty
from django.utils.translation import trans_real

import config.wsgi  # noqa: F401  (what gunicorn's preload_app loads in the master)

conf = runpy.run_path("config/gunicorn.conf.py")
server = mock.Mock()
conf["when_ready"](server)
loader = engines["django"].engine.template_loaders[0]
print(json.dumps({
    "email_pattern": validators.EmailValidator.domain_regex._wrapped is not empty,
    "url_pattern": validators.URLValidator.regex._wrapped is not empty,
    "catalogues": sorted(trans_real._translations),
    "templates": sorted(loader.get_template_cache),
    "connections": [alias for alias in connections if connections[alias].connection],
    "logged": [str(call) for call in server.log.info.call_args_list],
}))
"""


def warm_up_probe(warm_up):
    env = {"DJANGO_SETTINGS_MODULE": "config.settings", "GUNICORN_WARM_UP": warm_up}
    result = python("-c", WARM_UP_PROBE, env_overrides=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_gunicorn_master_builds_what_first_requests_would_before_it_forks():
    """A worker forked from the master (at start, or recycled after max_requests) has the
    templates, catalogues and validator patterns its first visitors would wait for."""
    cold = warm_up_probe("0")
    assert not cold["email_pattern"] and not cold["templates"] and cold["logged"] == []

    warm = warm_up_probe("1")
    assert warm["email_pattern"] and warm["url_pattern"]
    assert set(warm["catalogues"]) >= {"fr", "en"}
    for name in (
        "base.html",
        "registrations/register.html",
        "registrations/result.html",
        "events/event_page.html",
        "registrations/emails/confirmed.txt",
    ):
        assert name in warm["templates"]
    assert not any(name.startswith("wagtailadmin/") for name in warm["templates"])
    # A connection opened in the master would be shared by every forked worker.
    assert warm["connections"] == []
    assert "Warmed up" in warm["logged"][0]


def test_a_failed_warm_up_is_logged_and_does_not_stop_the_server():
    conf = runpy.run_path(str(ROOT / "config" / "gunicorn.conf.py"))
    server = mock.Mock()
    with mock.patch("config.warmup.warm_up", side_effect=RuntimeError("no templates")):
        conf["when_ready"](server)
    server.log.exception.assert_called_once()
    assert "Warm-up failed" in server.log.exception.call_args.args[0]
    server.log.info.assert_not_called()
