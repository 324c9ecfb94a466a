"""Builds the demo site from the ``data`` modules, as an editor would, and idempotently.

Each step loads one kind of content (see the package's docstring) through the models and
their translations (``builder.py``). Registrations go through
``registrations.services.register``, the only code allowed to write them.
"""

import time
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Page
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

from shell.models import NavigationMenu
from taxonomy.models import EventFormat, Organisation, Region, Theme

from .accounts import EDITOR_USERNAME, load_users, name_workflows
from .builder import ContentBuilder
from .defis import load_defis
from .events import coming_edition_year, edition_shift, load_events
from .ideas import load_calls, load_fabrique, load_ideas, load_story, load_workshops
from .labs import load_labs
from .menus import load_menus, load_settings
from .proposals import load_proposals, write_sample_files
from .registrations import fill_sessions
from .series import load_series
from .site import load_featured_pages, load_site
from .taxonomy import load_taxonomy

__all__ = ["DemoLoader", "coming_edition_year", "edition_shift"]


@contextmanager
def indexing_paused():
    """Stop the per-save search and reference index updates while the loader writes."""
    models = [m for m in get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


class DemoLoader:
    def __init__(self, today=None):
        self.today = today or timezone.localdate()
        self.shift = edition_shift(self.today)
        self.created = {}
        self.translated = {}
        self.registrations = 0
        self.credentials = []
        self.proposals = 0
        self.ideas = 0
        self.sample_files = []

    def run(self):
        started = time.monotonic()
        with indexing_paused(), transaction.atomic():
            builder = ContentBuilder()
            taxonomy = load_taxonomy(builder)
            site = load_site(builder, self.today)
            labs = load_labs(builder, site.labs_index, taxonomy.regions)
            fabrique = load_fabrique(builder, site.labs_index)
            labs = {**labs, fabrique.slug: fabrique}
            defis = load_defis(builder, site.defis_index, taxonomy.organisations)
            calls = load_calls(builder, site.defis_index, self.shift)
            story = load_story(builder, site.home)
            events = load_events(builder, site.programme, self.shift, labs, taxonomy)
            events += load_workshops(builder, site.programme, self.shift, labs, taxonomy)
            self.series, self.series_events = load_series(builder, site.programme, taxonomy)
            load_featured_pages(builder, site.home, {**labs, **defis})
            load_menus(builder, site.by_key)
            load_settings()
            name_workflows()
            self.credentials = load_users(labs)
            editor = get_user_model().objects.get(username=EDITOR_USERNAME)
            self.ideas = load_ideas(calls, story, editor)
            self.proposals = load_proposals(site.programme, taxonomy, self.today)
            self.created, self.translated = builder.created, builder.translated
            if self.created:
                self.index()
        cache.clear()
        # Outside the content transaction: each registration is its own durable transaction.
        self.registrations = fill_sessions(events)
        self.sample_files = write_sample_files(self.shift)
        self.elapsed = time.monotonic() - started
        return self

    def index(self):
        """Index everything once, now, instead of once per save through the task queue.

        The search index is rebuilt in place so that search works as soon as the command
        ends; the reference index ("usage" in the admin) is left to the background worker,
        one task per object.
        """
        call_command("update_index", verbosity=0)
        for model in (Theme, Region, EventFormat, Organisation, NavigationMenu, Page):
            for pk in model.objects.values_list("pk", flat=True):
                update_reference_index_task.enqueue(
                    model._meta.app_label, model._meta.model_name, str(pk)
                )

    def summary_lines(self):
        if not self.created and not self.registrations:
            return ["  Rien de nouveau : le contenu de démonstration était déjà complet."]
        lines = []
        for label, count in sorted(self.created.items()):
            lines.append(
                f"  {label}: {count} créé(s), {self.translated.get(label, 0)} traduit(s) en anglais"
            )
        lines.append(
            f"  inscriptions: {self.registrations} enregistrée(s) par le module d'inscription"
        )
        lines.append(f"  propositions d'événements en attente de validation: {self.proposals}")
        lines.append(f"  idées des défis d'idées: {self.ideas}")
        lines += [f"  fichier d'import d'exemple: {path}" for path in self.sample_files]
        return lines
