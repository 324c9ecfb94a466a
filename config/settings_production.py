"""Production settings: the development settings, hardened, with every secret from the
environment.

Served by gunicorn (``config/gunicorn.conf.py``) behind a reverse proxy that terminates
TLS and sets ``X-Forwarded-Proto``. Required: ``SECRET_KEY``, ``ALLOWED_HOSTS``,
``DATABASE_URL`` and ``REDIS_URL``. Nothing is kept in a process or on a server's disk
but the code and the collected static files, so any number of identical app servers can
share one database and one Redis (docs/deployment.md): sessions live in the database, the
cache and the registration rate limits in Redis, tasks in the database, and uploaded media
on object storage when ``MEDIA_STORAGE=s3``.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from config.settings import *  # noqa: F403
from config.settings import MIDDLEWARE, STORAGES, env_bool, env_list


def required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The {name} environment variable is required in production.")
    return value


DEBUG = False
SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("The ALLOWED_HOSTS environment variable is required in production.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# The SQLite default of development would be one file on one server.
required("DATABASE_URL")

# TLS ends at the reverse proxy, which must overwrite X-Forwarded-Proto on every request.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# The health check is probed over plain HTTP by the orchestrator, behind the proxy.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    # Preloading is a one-way decision for the whole domain, taken by its owner and not by
    # this application: without it, `check --deploy` need not warn.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Wagtail's preview views set SAMEORIGIN themselves (xframe_options_sameorigin_override).
X_FRAME_OPTIONS = "DENY"

MIDDLEWARE = [*MIDDLEWARE]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "config.middleware.ContentSecurityPolicyMiddleware",
)

# Hashed, compressed static files served by whitenoise (run collectstatic at deploy).
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# One cache for every worker of every server: a memory cache per process would let each
# of them count the registration rate limits on its own.
CACHES = {
    "default": {
        "BACKEND": "config.cache.ResilientRedisCache",
        "LOCATION": required("REDIS_URL"),
        "OPTIONS": {
            "socket_connect_timeout": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
            "socket_timeout": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
        },
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "innovation"),
        "TIMEOUT": 300,
    }
}
# Email nudges (registrations.mail.queue_sending) in Redis, seen by every task worker.
EMAIL_NUDGE_CACHE = "default"
# Sessions (editors, lab staff) in the database, where they survive a restart of Redis.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
# Sources added to the content security policy, e.g. "frame-src https://www.youtube-nocookie.com";
# the origin of media on object storage is added by the middleware itself.
CSP_EXTRA_SOURCES = os.environ.get("CSP_EXTRA_SOURCES", "")

# Staff who see registrations confirm their sign-in with a second factor.
SIGNIN_REQUIRE_SECOND_FACTOR = env_bool("SIGNIN_REQUIRE_SECOND_FACTOR", True)

DATA_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("DATA_UPLOAD_MAX_MEMORY_SIZE", str(2_621_440)))
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))
ADMINS = [("Admin", address) for address in env_list("ADMINS")]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Personal-link tokens never reach a log (registrations/log_filters.py).
    "filters": {"redact_tokens": {"()": "registrations.log_filters.RedactTokensFilter"}},
    "formatters": {
        "plain": {"format": "{asctime} {levelname} {name} [{process}] {message}", "style": "{"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["redact_tokens"],
        },
    },
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "django.security": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # Scanners send any Host header; Django answers 400, no need for a traceback each time.
        "django.security.DisallowedHost": {"handlers": [], "level": "CRITICAL", "propagate": False},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
