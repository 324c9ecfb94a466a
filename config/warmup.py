"""Work every process of the site would otherwise do on its first requests, done once in
gunicorn's master (``config/gunicorn.conf.py``) before it forks the workers.

A worker is forked from the master at start and again each time one is recycled
(``max_requests``): what the master has built (compiled templates, translation
catalogues, URL resolvers, the validators' regular expressions) the worker has from the
start, instead of making its first visitors wait for it. Without this, the first
registration a worker takes compiles the email validator's pattern (about 100 ms of CPU,
in the middle of a burst).

Nothing here touches the database: a connection opened in the master would be shared by
every forked worker.
"""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import validators
from django.db import connections
from django.template import TemplateDoesNotExist, TemplateSyntaxError, engines
from django.urls import get_resolver, reverse
from django.utils import translation

# Apps outside the project whose templates the public pages render.
PUBLIC_TEMPLATE_APPS = ("dsfr",)


def warm_up():
    """Build what the first requests would build; returns what was done, for the log."""
    _compile_validator_patterns()
    figures = {"languages": _load_languages(), "templates": _compile_templates()}
    connections.close_all()
    return figures


def _compile_validator_patterns():
    """The patterns Django compiles on their first use (the public forms' email and link
    fields): class attributes, shared by every validator instance."""
    validators.validate_email("warm-up@example.org")
    validators.URLValidator()("https://example.org/warm-up")


def _load_languages():
    """Each language's catalogue (loaded when it is activated) and URL patterns (the
    site's addresses are prefixed by the language, each with its own reverse table)."""
    resolver = get_resolver()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            resolver.resolve(f"/{code}/")
            reverse("registrations:result")
    return len(settings.LANGUAGES)


def project_template_names():
    """Every template of the project's apps, its site shell and ``PUBLIC_TEMPLATE_APPS``."""
    root = Path(settings.BASE_DIR).resolve()
    folders = [Path(folder) for folder in settings.TEMPLATES[0]["DIRS"]]
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if path.parent == root or config.label in PUBLIC_TEMPLATE_APPS:
            folders.append(path / "templates")
    names = set()
    for folder in folders:
        if folder.is_dir():
            names.update(
                path.relative_to(folder).as_posix()
                for path in folder.rglob("*")
                if path.suffix in (".html", ".txt", ".xml") and path.is_file()
            )
    return sorted(names)


def _compile_templates():
    """Compile each template into the cached loader (the production engine caches them)."""
    engine = engines["django"]
    compiled = 0
    for name in project_template_names():
        try:
            engine.get_template(name)
        except (TemplateDoesNotExist, TemplateSyntaxError):
            # django-dsfr's own form templates, which need a library the site does not
            # install (it renders forms with its crispy pack): never used, never built.
            continue
        compiled += 1
    return compiled
