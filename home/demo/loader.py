"""Builds the demo site from the ``data_*`` modules, as an editor would, and idempotently.

Every object gets a translation key derived from its slug, so a second run finds what the
first created and only adds what is missing (an English translation, a menu...), never a
duplicate. Existing content is left as editors may have changed it.

English versions are real wagtail-localize translations: the French object is the
``TranslationSource``, each of its strings gets a ``StringTranslation`` with the English text
written in the data files, and ``create_or_update_translation`` builds the English page or
snippet. Editors therefore find every English text in the localize translation editor, and
a later sync of a French page keeps them. The English text for each string is found by
extracting the segments of an unsaved English "twin" built from the same data with the same
block ids and child translation keys, so paths match one to one.

Registrations go through ``registrations.services.register``, the only code allowed to
write them.
"""

import datetime
import itertools
import json
import os
import secrets
import time
import unicodedata
import uuid
import zoneinfo
from collections import defaultdict
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Locale, Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task
from wagtail_localize.models import (
    SegmentOverride,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from defis.models import DefiIndexPage, DefiPage, DefiTeamMember
from events.models import EventIndexPage, EventPage, EventPageTheme, EventSession
from home.models import HomeFeaturedPage, HomePage, NavigationMenu, SiteIdentity, StandardPage
from labs.models import LabIndexPage, LabPage
from registrations import services
from registrations.models import Registration, StaffAccess
from taxonomy.models import EventFormat, Organisation, Region, Theme

from . import data_defis, data_events_2020, data_events_2021, data_labs, data_pages, data_taxonomy
from .text import rich

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
# Translation keys are uuid5(NAMESPACE, "<kind>:<slug>"): stable from one run to the next.
NAMESPACE = uuid.UUID("6f1c0f5e-3c4b-4d56-9a57-6d2a1e3b8c01")
ORIGINAL_EDITION_START = datetime.date(2021, 11, 2)

ADMIN_USERNAME = "admin"
EDITOR_USERNAME = "editeur"
LAB_STAFF_USERNAME = "labo"
LAB_STAFF_GROUP = "Équipes des laboratoires"
LAB_STAFF_ORGANISATION = "ti-lab"

FIRST_NAMES = [
    "Camille", "Dominique", "Claude", "Alix", "Sacha", "Louise", "Hugo", "Inès", "Mathis",
    "Chloé", "Nathan", "Léa", "Karim", "Aïcha", "Thomas", "Manon", "Julien", "Sarah",
    "Antoine", "Fatou", "Lucas", "Emma", "Yanis", "Jade", "Théo", "Zoé", "Malik", "Anaïs",
]
LAST_NAMES = [
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
    "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David",
    "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier",
    "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Nguyen", "Diallo",
]
PARTICIPANT_ORGANISATIONS = [
    "Préfecture de la Gironde", "Ville de Nantes", "Conseil départemental du Nord",
    "Pôle emploi", "Caisse d'allocations familiales", "Centre hospitalier universitaire",
    "Direction départementale des territoires", "Rectorat", "Métropole de Lyon",
    "Ministère de l'Intérieur", "Agence régionale de santé", "Communauté de communes",
    "Université", "Association d'éducation populaire", "Région Bretagne",
]


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


def key(kind, slug):
    return uuid.uuid5(NAMESPACE, f"{kind}:{slug}")


def coming_edition_year(today):
    """The next November after ``today``: this year's until October, next year's after."""
    return today.year if today.month < 11 else today.year + 1


def edition_shift(today):
    """A whole number of weeks from the 2021 edition to the coming one: weekdays stay put."""
    target = datetime.date(coming_edition_year(today), 11, 2)
    return datetime.timedelta(weeks=round((target - ORIGINAL_EDITION_START).days / 7))


def aware(day, hhmm, shift=datetime.timedelta(0)):
    date = datetime.date.fromisoformat(day) + shift
    hour, minute = (int(part) for part in hhmm.split(":"))
    return datetime.datetime(date.year, date.month, date.day, hour, minute, tzinfo=PARIS)


def session_times(spec, shift=datetime.timedelta(0)):
    """(day, start, end) where end is "HH:MM" or "YYYY-MM-DD HH:MM" for multi-day sessions."""
    day, start, end = spec
    end_day, _, end_time = end.rpartition(" ")
    return aware(day, start, shift), aware(end_day or day, end_time, shift)


def ascii_slug(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in text.lower() if c.isalnum())


def grant_editor_role(user):
    """What the communication team's editors may do (the demo account, the browser tests).

    Editors may edit pages; Moderators may also publish them; both groups may submit
    translations (wagtail-localize). The team also edits and translates the snippets and
    follows registrations.
    """
    user.groups.add(*Group.objects.filter(name__in=["Editors", "Moderators"]))
    codenames = [
        f"{action}_{model}"
        for model in ("theme", "region", "eventformat", "organisation", "navigationmenu")
        for action in ("add", "change", "delete", "view")
    ] + ["change_siteidentity", "change_registration", "view_registration", "view_all_registrations"]
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))


def grant_lab_staff_role(user, organisation=None):
    """What lab staff may do: open the admin and follow the registrations (lists, check-in,
    export) of their own organisation's events, and nothing else."""
    group, _created = Group.objects.get_or_create(name=LAB_STAFF_GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="registrations",
            codename__in=["view_registration", "change_registration"],
        ),
    )
    user.groups.add(group)
    if organisation is not None:
        StaffAccess.objects.get_or_create(user=user, organisation=organisation)


class DemoLoader:
    def __init__(self, stdout=None, today=None, verbosity=1):
        self.stdout = stdout
        self.verbosity = verbosity
        self.today = today or timezone.localdate()
        self.shift = edition_shift(self.today)
        self.created = defaultdict(int)
        self.translated = defaultdict(int)
        self.registrations = 0
        self.credentials = []

    # Output

    def log(self, message, level=1):
        if self.stdout is not None and self.verbosity >= level:
            self.stdout.write(message)

    # Entry point

    def run(self):
        started, cpu_started = time.monotonic(), time.process_time()
        with indexing_paused(), transaction.atomic():
            self.fr = Locale.objects.get_or_create(language_code="fr")[0]
            self.en = Locale.objects.get_or_create(language_code="en")[0]
            self.load_taxonomy()
            self.load_site()
            self.load_labs()
            self.load_defis()
            self.load_events()
            self.load_featured_pages()
            self.load_menus()
            self.load_settings()
            self.load_users()
            if self.created:
                self.index()
        cache.clear()
        # Outside the content transaction: each registration is its own durable transaction.
        self.fill_sessions()
        self.elapsed = time.monotonic() - started
        self.cpu = time.process_time() - cpu_started
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
                update_reference_index_task.enqueue(model._meta.app_label, model._meta.model_name, str(pk))

    def summary_lines(self):
        if not self.created and not self.registrations:
            return ["  Rien de nouveau : le contenu de démonstration était déjà complet."]
        lines = []
        for label, count in sorted(self.created.items()):
            lines.append(f"  {label}: {count} créé(s), {self.translated.get(label, 0)} traduit(s) en anglais")
        lines.append(f"  inscriptions: {self.registrations} enregistrée(s) par le module d'inscription")
        return lines

    # Translations

    def translate(self, instance, twin, overrides=None):
        """Create the English translation of ``instance`` through wagtail-localize.

        ``twin`` is an unsaved instance holding the English values; ``overrides`` maps a
        segment path (e.g. "host_lab") to the value the English version uses instead of the
        source's (an English page's id, for example).
        """
        if instance.has_translation(self.en):
            return instance.get_translation(self.en)
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        english = defaultdict(list)
        for segment in extract_segments(twin):
            if isinstance(segment, StringSegmentValue):
                english[segment.path].append(segment.string.data)
        seen = defaultdict(int)
        segments = list(source.stringsegment_set.select_related("context", "string").order_by("order"))
        done = set(
            StringTranslation.objects.filter(
                locale=self.en, context__in=[segment.context for segment in segments]
            ).values_list("translation_of_id", "context_id")
        )
        for segment in segments:
            path = segment.context.path
            index = seen[path]
            seen[path] += 1
            try:
                text = english[path][index]
            except IndexError:
                raise ValueError(
                    f"No English text for {path!r} of {instance!r}: "
                    "the French and English data must have the same shape."
                ) from None
            if (segment.string_id, segment.context_id) not in done:
                done.add((segment.string_id, segment.context_id))
                StringTranslation(
                    translation_of=segment.string,
                    locale=self.en,
                    context=segment.context,
                    data=text,
                    translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                ).save()
        extra = {path for path, texts in english.items() if len(texts) > seen.get(path, 0)}
        if extra:
            raise ValueError(f"English texts without a French original in {instance!r}: {sorted(extra)}")
        for segment in source.overridablesegment_set.select_related("context"):
            if segment.context.path in (overrides or {}):
                SegmentOverride.objects.update_or_create(
                    locale=self.en,
                    context=segment.context,
                    defaults={"data_json": json.dumps(overrides[segment.context.path])},
                )
        Translation.objects.update_or_create(source=source, target_locale=self.en, defaults={"enabled": True})
        is_page = isinstance(instance, Page)
        # Pages are saved as a draft and published here rather than on commit, so that the
        # English page is live even inside a test's transaction.
        translation, _created = source.create_or_update_translation(self.en, publish=not is_page)
        if is_page:
            translation.get_latest_revision().publish()
        self.translated[type(instance).__name__] += 1
        return translation

    def resync(self, page):
        """Copy a change of a French page to its English translation (localize's sync)."""
        source = TranslationSource.objects.get_for_instance(page)
        source.update_from_db()
        translation, _created = source.create_or_update_translation(self.en, publish=False)
        translation.get_latest_revision().publish()

    # Building blocks

    @staticmethod
    def stream(owner_key, blocks):
        """Raw StreamField data whose block ids are stable and shared by both languages."""
        return [
            {"type": block_type, "value": value, "id": str(uuid.uuid5(owner_key, f"block:{index}"))}
            for index, (block_type, value) in enumerate(blocks)
        ]

    def snippet(self, model, kind, slug, fr, en, **common):
        translation_key = key(kind, slug)
        instance = (
            model.objects.filter(translation_key=translation_key, locale=self.fr).first()
            or model.objects.filter(slug=slug, locale=self.fr).first()
        )
        if instance is None:
            instance = model.objects.create(
                translation_key=translation_key, locale=self.fr, slug=slug, **common, **fr
            )
            self.created[type(instance).__name__] += 1
        self.translate(instance, model(slug=slug, **common, **en))
        return instance

    def page(self, parent, model, page_key, slug, slug_en, fr, en, overrides=None):
        """Get or create a published French page, then make sure it has its English translation.

        ``fr`` and ``en`` are field values (StreamField bodies as raw data with shared block
        ids, child objects with shared translation keys). Returns the French page.
        """
        translation_key = key("page", page_key)
        page = model.objects.filter(translation_key=translation_key, locale=self.fr).first()
        if page is None:
            page = parent.get_children().filter(slug=slug).specific().first()
        if page is None:
            page = model(translation_key=translation_key, locale=self.fr, slug=slug, **fr)
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.created[type(page).__name__] += 1
        self.translate(page, model(slug=slug_en, **en), overrides)
        return page

    def text_page(self, parent, model, page_key, data, names, body=False, **common):
        fr = {name: data["fr"][name] for name in names}
        en = {name: data["en"][name] for name in names}
        if body:
            owner = key("page", page_key)
            fr["body"] = self.stream(owner, data["fr"]["body"])
            en["body"] = self.stream(owner, data["en"]["body"])
        return self.page(parent, model, page_key, data["slug"], data["slug_en"], {**fr, **common}, {**en, **common})

    # Taxonomy

    def load_taxonomy(self):
        self.themes = {}
        for item in data_taxonomy.THEMES:
            (fr_name, fr_description), (en_name, en_description) = item["fr"], item["en"]
            self.themes[item["slug"]] = self.snippet(
                Theme,
                "theme",
                item["slug"],
                {"name": fr_name, "description": fr_description},
                {"name": en_name, "description": en_description},
            )
        self.regions = {
            slug: self.snippet(Region, "region", slug, {"name": fr}, {"name": en})
            for slug, fr, en in data_taxonomy.REGIONS
        }
        self.formats = {
            slug: self.snippet(EventFormat, "format", slug, {"name": fr}, {"name": en})
            for slug, fr, en in data_taxonomy.FORMATS
        }
        self.organisations = {
            slug: self.snippet(
                Organisation,
                "organisation",
                slug,
                {"name": fr},
                {"name": en},
                family=family,
                region=self.regions.get(region),
                website=website,
            )
            for slug, family, region, fr, en, website in data_taxonomy.ORGANISATIONS
        }

    # Site, section indexes and standard pages

    def load_site(self):
        root = Page.get_first_root_node()
        home_key = key("page", "home")
        home = HomePage.objects.filter(depth=2, locale=self.fr).first()
        if home is None or home.translation_key == home_key:
            if home is None:
                # Wagtail's "Welcome" page would hold the slug of the English home.
                for child in root.get_children():
                    if child.specific_class is Page:
                        child.delete()
            home = self.text_page(
                root, HomePage, "home", data_pages.HOME, ("title", "hero_title", "introduction"), body=True
            )
        elif not home.has_translation(self.en):
            # A home page made by someone else: translate it as localize would, French text
            # standing in until an editor translates it, so that our pages can go below it.
            source, _created = TranslationSource.get_or_create_from_instance(home)
            Translation.objects.update_or_create(source=source, target_locale=self.en, defaults={"enabled": True})
            translation, _created = source.create_or_update_translation(self.en, publish=False, fallback=True)
            translation.get_latest_revision().publish()
        self.home = home
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": self.home, "site_name": "Mois de l'innovation publique"},
        )
        cache.clear()  # the site root paths are cached; the English home is a new root path

        year = coming_edition_year(self.today)
        programme = data_pages.PROGRAMME
        self.programme = self.page(
            self.home,
            EventIndexPage,
            "programme",
            programme["slug"],
            programme["slug_en"],
            {**programme["fr"], "edition": programme["fr"]["edition"].format(year=year)},
            {**programme["en"], "edition": programme["en"]["edition"].format(year=year)},
        )
        self.labs_index = self.text_page(self.home, LabIndexPage, "labs", data_pages.LABS_INDEX, ("title", "introduction"))
        self.defis_index = self.text_page(self.home, DefiIndexPage, "defis", data_pages.DEFIS_INDEX, ("title", "introduction"))
        self.pages_by_key = {"programme": self.programme, "labs": self.labs_index, "defis": self.defis_index}
        for item in data_pages.STANDARD_PAGES:
            self.pages_by_key[item["key"]] = self.text_page(
                self.home,
                StandardPage,
                item["key"],
                item,
                ("title", "introduction"),
                body=True,
                show_sitemap=item.get("show_sitemap", False),
            )

    # Labs and défis

    def load_labs(self):
        self.labs = {}
        for item in data_labs.LABS:
            owner = key("page", f"lab:{item['slug']}")
            common = {"region": self.regions[item["region"]]}
            fr, en = item["fr"], item["en"]
            self.labs[item["slug"]] = self.page(
                self.labs_index,
                LabPage,
                f"lab:{item['slug']}",
                item["slug"],
                item["slug_en"],
                {"title": fr["title"], "summary": fr["summary"], "body": self.stream(owner, fr["body"]), **common},
                {"title": en["title"], "summary": en["summary"], "body": self.stream(owner, en["body"]), **common},
            )

    def load_defis(self):
        self.defis = {}
        for item in data_defis.DEFIS:
            page_key = f"defi:{item['slug']}"
            owner = key("page", page_key)
            values = item["values"]
            common = {
                "host_organisation": self.organisations[item["host"]],
                "is_open_source": values.get("open_source", False),
                "is_open_data": values.get("open_data", False),
                "is_accessible": values.get("accessible", False),
            }
            fields = {}
            for language, more in (("fr", data_defis.MORE_FR), ("en", data_defis.MORE_EN)):
                texts = item[language]
                members = [
                    DefiTeamMember(
                        translation_key=uuid.uuid5(owner, f"member:{index}"),
                        locale=self.fr,
                        sort_order=index,
                        name=name,
                        role=role if language == "fr" else data_defis.ROLES[role],
                    )
                    for index, (name, role) in enumerate(item["team"])
                ]
                fields[language] = {
                    "title": texts["title"],
                    "summary": texts["summary"],
                    "host_name": texts["host_name"],
                    "programme": data_defis.PROGRAMME[language],
                    "promotion": data_defis.PROMOTION[language],
                    "problem": self.section(texts["problem"]),
                    "needs": self.section(texts["needs"]),
                    "concept": self.section(texts["concept"]),
                    "body": self.stream(owner, [("callout", {**more, "link": item["url"]})]),
                    "team_members": members,
                    **common,
                }
            self.defis[item["slug"]] = self.page(
                self.defis_index, DefiPage, page_key, item["slug"], item["slug_en"], fields["fr"], fields["en"]
            )

    @staticmethod
    def section(parts):
        """A défi section: the booklet's headline in bold, then its paragraphs and lists."""
        headline, *rest = parts
        return rich(f"<b>{headline}</b>", *rest)

    # Events

    def load_events(self):
        self.events = []
        for edition in (data_events_2020, data_events_2021):
            shift = self.shift if edition is data_events_2021 else datetime.timedelta(0)
            for item in edition.EVENTS:
                self.events.append((item, self.event(item, shift)))

    def event(self, item, shift):
        page_key = f"event:{item['slug']}"
        owner = key("page", page_key)
        mode = item.get("mode", "online")
        lab = self.labs.get(item.get("host_lab"))
        capacity, _registered = item.get("seats", (100, 0))
        common = {
            "event_format": self.formats[item["format"]],
            "organiser": self.organisations[item["organiser"]],
            "host_lab": lab,
            "region": self.regions.get(item.get("region")),
            "mode": mode,
            "venue_address": item.get("venue_address", ""),
            "online_url": f"https://visio.example.org/{item['slug']}" if mode != "on_site" else "",
            "external_registration_url": item.get("external_url", ""),
        }
        themes = [
            EventPageTheme(
                translation_key=uuid.uuid5(owner, f"theme:{slug}"),
                locale=self.fr,
                sort_order=index,
                theme=self.themes[slug],
            )
            for index, slug in enumerate(item["themes"])
        ]
        sessions = []
        for index, spec in enumerate(item["sessions"]):
            start, end = session_times(spec, shift)
            sessions.append(
                EventSession(
                    sort_order=index,
                    start=start,
                    end=end,
                    capacity=capacity,
                    waitlist_enabled=item.get("waitlist", True),
                )
            )
        fr, en = item["fr"], item["en"]
        venue = item.get("venue_name", lab.title if lab and mode != "online" else "")
        overrides = {"host_lab": lab.get_translation(self.en).pk} if lab else None
        return self.page(
            self.programme,
            EventPage,
            page_key,
            item["slug"],
            item["slug_en"],
            {
                "title": fr["title"],
                "summary": fr["summary"],
                "body": self.stream(owner, fr["body"]),
                "venue_name": venue,
                "event_themes": themes,
                "sessions": sessions,
                **common,
            },
            {
                "title": en["title"],
                "summary": en["summary"],
                "body": self.stream(owner, en["body"]),
                "venue_name": item.get("venue_name_en", venue),
                **common,
            },
            overrides=overrides,
        )

    # Home page highlights, menus, settings

    def load_featured_pages(self):
        if self.home.featured_pages.exists():
            return
        by_slug = {**self.labs, **self.defis}
        for index, slug in enumerate(data_pages.FEATURED):
            self.home.featured_pages.add(HomeFeaturedPage(page=by_slug[slug], sort_order=index))
        self.home.save_revision().publish()
        self.resync(self.home)

    def load_menus(self):
        for location, links in data_pages.MENUS.items():
            translation_key = key("menu", location)
            menu = (
                NavigationMenu.objects.filter(translation_key=translation_key, locale=self.fr).first()
                or NavigationMenu.objects.filter(location=location, locale=self.fr).first()
            )
            owner = translation_key
            fr_blocks, en_blocks, overrides = [], [], {}
            for index, (label_fr, label_en, page_key, url) in enumerate(links):
                page = self.pages_by_key.get(page_key)
                block_id = str(uuid.uuid5(owner, f"block:{index}"))
                fr_blocks.append({"type": "link", "id": block_id, "value": {"label": label_fr, "page": page and page.pk, "url": url}})
                en_blocks.append({"type": "link", "id": block_id, "value": {"label": label_en, "page": page and page.pk, "url": url}})
                if page is not None:
                    overrides[f"links.{block_id}.page"] = page.get_translation(self.en).pk
            if menu is None:
                menu = NavigationMenu.objects.create(
                    translation_key=translation_key, locale=self.fr, location=location, links=fr_blocks
                )
                self.created[type(menu).__name__] += 1
            self.translate(menu, NavigationMenu(location=location, links=en_blocks), overrides)

    def load_settings(self):
        identity = SiteIdentity.load()
        if identity.accessibility_status != "partial":
            identity.accessibility_status = "partial"
            identity.save()

    # Accounts

    def load_users(self):
        User = get_user_model()
        admin = User.objects.filter(username=ADMIN_USERNAME).first()
        if admin is None:
            password = os.environ.get("DEMO_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
            User.objects.create_superuser(ADMIN_USERNAME, "admin@example.org", password, first_name="Admin", last_name="Démo")
            self.credentials.append((ADMIN_USERNAME, password, "superutilisateur / superuser"))
        else:
            self.credentials.append((ADMIN_USERNAME, None, "superutilisateur / superuser"))

        editor = User.objects.filter(username=EDITOR_USERNAME).first()
        if editor is None:
            password = os.environ.get("DEMO_EDITOR_PASSWORD") or secrets.token_urlsafe(12)
            editor = User.objects.create_user(
                EDITOR_USERNAME, "editeur@example.org", password, first_name="Camille", last_name="Éditrice"
            )
            self.credentials.append((EDITOR_USERNAME, password, "Editors + Moderators"))
        else:
            self.credentials.append((EDITOR_USERNAME, None, "Editors + Moderators"))
        grant_editor_role(editor)

        lab_staff = User.objects.filter(username=LAB_STAFF_USERNAME).first()
        if lab_staff is None:
            password = os.environ.get("DEMO_LAB_STAFF_PASSWORD") or secrets.token_urlsafe(12)
            lab_staff = User.objects.create_user(
                LAB_STAFF_USERNAME, "labo@example.org", password, first_name="Dominique", last_name="Labo"
            )
            self.credentials.append((LAB_STAFF_USERNAME, password, LAB_STAFF_GROUP))
        else:
            self.credentials.append((LAB_STAFF_USERNAME, None, LAB_STAFF_GROUP))
        grant_lab_staff_role(lab_staff, self.organisations[LAB_STAFF_ORGANISATION])

    # Registrations

    def fill_sessions(self):
        """Register fictitious people through the registration rules, once per session."""
        people = self.people()
        now = timezone.now()
        for item, event in self.events:
            if event.external_registration_url:
                continue
            _capacity, wanted = item.get("seats", (0, 0))
            sessions = list(EventSession.objects.filter(event=event).order_by("sort_order", "start"))
            for index, session in enumerate(sessions):
                if session.start <= now or Registration.objects.filter(session=session).exists():
                    continue
                count = wanted if index == 0 else wanted // (index + 2)
                for _ in range(count):
                    first_name, last_name, email, organisation, language = next(people)
                    result = services.register(
                        session,
                        first_name=first_name,
                        last_name=last_name,
                        email=email,
                        organisation=organisation,
                        language=language,
                        notify=False,
                    )
                    if result.registered and not result.duplicate:
                        self.registrations += 1

    @staticmethod
    def people():
        """An endless supply of obviously fictitious participants (example.org addresses)."""
        for number in itertools.count(1):
            first_name = FIRST_NAMES[number % len(FIRST_NAMES)]
            last_name = LAST_NAMES[(number * 7) % len(LAST_NAMES)]
            email = f"{ascii_slug(first_name)}.{ascii_slug(last_name)}.{number}@example.org"
            organisation = PARTICIPANT_ORGANISATIONS[number % len(PARTICIPANT_ORGANISATIONS)]
            language = "en" if number % 9 == 0 else "fr"
            yield first_name, last_name, email, organisation, language
