"""Settings for the Mois de l'innovation publique site.

Every value that differs between machines comes from an environment variable; the defaults
suit development (SQLite, emails to the console, debug on).
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False, environ=os.environ):
    value = environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)
DEBUG_TECHNICAL_404 = env_bool("DEBUG_TECHNICAL_404", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-change-me-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,testserver,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "common",
    "home",
    "taxonomy",
    "labs",
    "events",
    "defis",
    "registrations",
    "submissions",
    "proposals",
    "ideas",
    "search",
    "seo",
    "shell",
    "demo",
    "accounts",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "crispy_forms",
    "dsfr",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Unreadable form bodies refused, query strings cleaned (config/request_input.py).
    "config.request_input.RequestInputMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The site and its home page from the page shell's cache (one query less per page).
    "shell.middleware.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Inactivity expiry and the second factor (accounts/middleware.py), with messages.
    "accounts.middleware.SessionActivityMiddleware",
    "accounts.middleware.SecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Under DEBUG, the site's own 404 page (DEBUG_TECHNICAL_404=1 for Django's).
    "config.middleware.SiteNotFoundMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# Database: SQLite file by default so the site runs with nothing to install.
DATABASE_URL = os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # IMMEDIATE transactions, WAL and a busy timeout keep concurrent writers from failing
    # with "database is locked" (see shared/GUIDE.md).
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # A file, not memory, so that tests can register from several threads at once;
    # SQLITE_TEST_NAME lets parallel test runs use separate files.
    DATABASES["default"]["TEST"] = {
        "NAME": os.environ.get("SQLITE_TEST_NAME", str(BASE_DIR / ".test-db.sqlite3"))
    }
IS_POSTGRES = DATABASES["default"]["ENGINE"].startswith("django.db.backends.postgresql")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # Not a rule: Django's hook after each password change, which ends other sessions.
    {"NAME": "accounts.passwords.EndOtherSessionsOnPasswordChange"},
]

# Internationalisation: French is the source language, English the translation.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))


def media_storage(environ):
    """Where uploaded images and documents go: ``MEDIA_STORAGE`` is ``filesystem`` (the
    default, ``MEDIA_ROOT``) or ``s3``, an S3-compatible bucket that every app server shares.

    The bucket's variables are django-storages' own names; credentials are read by
    django-storages from ``AWS_ACCESS_KEY_ID`` and ``AWS_SECRET_ACCESS_KEY`` (or the
    machine's role) and never copied into the settings.
    """
    from django.core.exceptions import ImproperlyConfigured

    kind = environ.get("MEDIA_STORAGE", "filesystem").strip().lower() or "filesystem"
    if kind == "filesystem":
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    if kind != "s3":
        raise ImproperlyConfigured(f"MEDIA_STORAGE must be filesystem or s3, not {kind!r}.")
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    if not bucket:
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME.")

    def optional(name):
        return environ.get(name, "").strip() or None

    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            # Another provider than AWS (any S3-compatible service): its address.
            "endpoint_url": optional("AWS_S3_ENDPOINT_URL"),
            "region_name": optional("AWS_S3_REGION_NAME"),
            "addressing_style": optional("AWS_S3_ADDRESSING_STYLE"),
            # A CDN or the bucket's public domain, used for the links in pages.
            "custom_domain": optional("AWS_S3_CUSTOM_DOMAIN"),
            "location": environ.get("AWS_LOCATION", "media").strip("/"),
            # Public media by default (stable links that browsers cache); "true" signs
            # every link for a private bucket.
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False, environ),
            "querystring_expire": int(environ.get("AWS_QUERYSTRING_EXPIRE", "3600")),
            # As on the file system: a new upload never replaces another file of that name.
            "file_overwrite": False,
            "default_acl": None,
            "object_parameters": {
                "CacheControl": environ.get("AWS_S3_CACHE_CONTROL", "public, max-age=86400")
            },
        },
    }


STORAGES = {
    "default": media_storage(os.environ),
    "staticfiles": {
        "BACKEND": os.environ.get(
            "STATICFILES_STORAGE",
            "django.contrib.staticfiles.storage.StaticFilesStorage",
        )
    },
}
DSFR_USE_INTEGRITY_CHECKSUMS = False

# Cache: local memory by default, Redis when REDIS_URL is set.
REDIS_URL = os.environ.get("REDIS_URL")
if REDIS_URL:
    # A Redis that does not answer degrades to a cache that misses (config/cache.py), and a
    # slow one is given up on after REDIS_TIMEOUT seconds.
    REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT", "0.5"))
    CACHES = {
        "default": {
            "BACKEND": "config.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": REDIS_TIMEOUT, "socket_timeout": REDIS_TIMEOUT},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The cache where an email waiting to be sent leaves its nudge for the task workers
# (registrations.mail.queue_sending): one task for a burst of emails. It must be the
# same for the web processes and the workers, so a memory cache will not do: without
# Redis every email enqueues a task.
EMAIL_NUDGE_CACHE = "default" if REDIS_URL else None
# Whole pages for anonymous visitors (common/page_cache.py): on, ten minutes at most.
PAGE_CACHE = env_bool("PAGE_CACHE", default=True)
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "600"))

# Email: console in development; the standard variables choose another backend.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(BASE_DIR / "sent-emails"))
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL",
    "Mois de l'innovation publique <ne-pas-repondre@innovation.example.gouv.fr>",
)
DEFAULT_REPLY_TO_EMAIL = os.environ.get("DEFAULT_REPLY_TO_EMAIL", "")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background tasks: emails go through django-tasks. The database backend needs
# `manage.py db_worker`; TASKS_BACKEND=immediate runs them in-process (tests, quick demos).
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[os.environ.get("TASKS_BACKEND", "database")]}}

WAGTAIL_SITE_NAME = "Mois de l'innovation publique"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
SITE_DOMAIN = os.environ.get("SITE_DOMAIN", "innovation.example.gouv.fr")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "french" if IS_POSTGRES else None,
    }
}
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars fetched from gravatar.com: it would learn a hash of each editor's address, and
# the content security policy would have to allow it.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILLOCALIZE_ENABLE_MACHINE_TRANSLATION = False
# Throttled, and labels the password field in the admin language (accounts/forms.py).
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.LoginForm"

# Our own DSFR pack for crispy-forms (templates in site/templates/dsfr_crispy/); django-dsfr
# already uses the "dsfr/" template folder for its own widgets.
CRISPY_ALLOWED_TEMPLATE_PACKS = ["dsfr_crispy"]
CRISPY_TEMPLATE_PACK = "dsfr_crispy"

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
CSRF_FAILURE_VIEW = "shell.views.csrf_failure"
X_FRAME_OPTIONS = "SAMEORIGIN"

# Personal data retention (months after the session) before registrations are anonymised.
REGISTRATION_RETENTION_MONTHS = int(os.environ.get("REGISTRATION_RETENTION_MONTHS", "12"))
# Absolute links in emails (event page, personal manage link).
SITE_URL = os.environ.get("SITE_URL", WAGTAILADMIN_BASE_URL).rstrip("/")
# Reminders go to confirmed registrants this many hours before a session starts.
REGISTRATION_REMINDER_HOURS = int(os.environ.get("REGISTRATION_REMINDER_HOURS", "24"))
# Registration attempts allowed, "count/seconds" (docs/registrations.md, "Rate limits"): per
# email address and session; per browser on one address; per address, high since one address
# of the interministerial network carries thousands of agents; for the whole site.
REGISTRATION_RATE_LIMIT_EMAIL = os.environ.get("REGISTRATION_RATE_LIMIT_EMAIL", "5/3600")
REGISTRATION_RATE_LIMIT_BROWSER = os.environ.get("REGISTRATION_RATE_LIMIT_BROWSER", "10/300")
REGISTRATION_RATE_LIMIT_IP = os.environ.get("REGISTRATION_RATE_LIMIT_IP", "300/300")
REGISTRATION_RATE_LIMIT_GLOBAL = os.environ.get("REGISTRATION_RATE_LIMIT_GLOBAL", "1200/60")
# Behind a reverse proxy: the META key of the header carrying the client address
# (e.g. HTTP_X_FORWARDED_FOR); empty uses REMOTE_ADDR.
REGISTRATION_CLIENT_IP_HEADER = os.environ.get("REGISTRATION_CLIENT_IP_HEADER", "")

# Public submissions confirmed by email (submissions/, proposals/): days an unconfirmed one is
# kept before the purge job deletes it, and attempts allowed, "count/seconds", per email
# address (the site, address and browser limits are the registrations' ones).
SUBMISSION_UNCONFIRMED_DAYS = int(os.environ.get("SUBMISSION_UNCONFIRMED_DAYS", "3"))
SUBMISSION_RATE_LIMIT_EMAIL = os.environ.get("SUBMISSION_RATE_LIMIT_EMAIL", "5/86400")

# Admin sign-in (accounts/, docs/security.md). Failed sign-ins allowed per sliding window,
# "count/seconds": one account from one address first, then one account, then one address.
SIGNIN_LIMIT_ACCOUNT_ADDRESS = os.environ.get("SIGNIN_LIMIT_ACCOUNT_ADDRESS", "5/900")
SIGNIN_LIMIT_ACCOUNT = os.environ.get("SIGNIN_LIMIT_ACCOUNT", "30/3600")
SIGNIN_LIMIT_ADDRESS = os.environ.get("SIGNIN_LIMIT_ADDRESS", "100/3600")
# A second factor before the registrations screens: off on the embedded default so that the
# demo accounts sign in with their password alone; on in config/settings_production.py.
SIGNIN_REQUIRE_SECOND_FACTOR = env_bool("SIGNIN_REQUIRE_SECOND_FACTOR", False)
ADMIN_SESSION_IDLE_MINUTES = int(os.environ.get("ADMIN_SESSION_IDLE_MINUTES", "30"))
SIGNIN_HISTORY_RETENTION_MONTHS = int(os.environ.get("SIGNIN_HISTORY_RETENTION_MONTHS", "6"))
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", WAGTAIL_SITE_NAME)
# Single sign-on through OpenID Connect (ProConnect), off by default.
OIDC_ENABLED = env_bool("OIDC_ENABLED", False)
OIDC_PROVIDER_NAME = os.environ.get("OIDC_PROVIDER_NAME", "ProConnect")
OIDC_DISCOVERY_URL = os.environ.get("OIDC_DISCOVERY_URL", "")
OIDC_CLIENT_ID = os.environ.get("OIDC_CLIENT_ID", "")
OIDC_CLIENT_SECRET = os.environ.get("OIDC_CLIENT_SECRET", "")
OIDC_SCOPES = os.environ.get("OIDC_SCOPES", "openid email given_name usual_name")
OIDC_TOKEN_AUTH_METHOD = os.environ.get("OIDC_TOKEN_AUTH_METHOD", "client_secret_post")
# ProConnect sends no email_verified claim: its federation only releases verified
# addresses. Other providers must say email_verified=true unless this is set.
OIDC_TRUST_EMAIL = env_bool("OIDC_TRUST_EMAIL", False)
OIDC_TIMEOUT = int(os.environ.get("OIDC_TIMEOUT", "10"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Personal-link tokens never reach a log (registrations/log_filters.py).
    "filters": {"redact_tokens": {"()": "registrations.log_filters.RedactTokensFilter"}},
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["redact_tokens"]},
        "django.server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": ["redact_tokens"],
        },
    },
    "loggers": {
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
        "django.request": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
