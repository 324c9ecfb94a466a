"""Small builders for tests: the page tree and events with sessions."""

import datetime
import itertools

from django.utils import timezone
from wagtail.models import Locale, Page, Site

from defis.models import DefiIndexPage
from events.models import EventIndexPage, EventPage, EventPageTheme, EventSession
from home.models import HomePage
from labs.models import LabIndexPage
from taxonomy.models import EventFormat, Organisation, Region, Theme

_counter = itertools.count(1)


class SiteTree:
    def __init__(self, home, programme, labs, defis, fr, en):
        self.home = home
        self.programme = programme
        self.labs = labs
        self.defis = defis
        self.fr = fr
        self.en = en


def build_site():
    fr = Locale.objects.get_or_create(language_code="fr")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    root = Page.get_first_root_node()
    if root is None:
        # Transactional tests flush every table, Wagtail's root page included.
        root = Page.add_root(title="Root", slug="root", locale=fr)
    for child in root.get_children():
        if child.specific_class is Page:
            child.delete()
    home = root.add_child(instance=HomePage(title="Accueil", slug="accueil", locale=fr))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    programme = home.add_child(instance=EventIndexPage(title="Programme", slug="programme"))
    labs = home.add_child(instance=LabIndexPage(title="Laboratoires", slug="laboratoires"))
    defis = home.add_child(instance=DefiIndexPage(title="Défis", slug="defis"))
    return SiteTree(home, programme, labs, defis, fr, en)


def make_taxonomy(model, name, slug=None, locale=None, **extra):
    locale = locale or Locale.get_default()
    return model.objects.create(name=name, slug=slug or name.lower(), locale=locale, **extra)


def make_theme(name="Expérience usager", slug="experience-usager"):
    return make_taxonomy(Theme, name, slug)


def make_region(name="Bretagne", slug="bretagne"):
    return make_taxonomy(Region, name, slug)


def make_format(name="Atelier participatif", slug="atelier"):
    return make_taxonomy(EventFormat, name, slug)


def make_organisation(name="DITP", slug="ditp", family="state"):
    return make_taxonomy(Organisation, name, slug, family=family)


def a_week_ahead():
    """A week from today at 14:00, site time: a session from it never crosses midnight nor
    depends on the hour the tests run at (a sheet of a session over two days has other
    columns)."""
    day = timezone.localdate() + datetime.timedelta(days=7)
    return datetime.datetime.combine(day, datetime.time(14), tzinfo=timezone.get_current_timezone())


def make_event(
    programme,
    title=None,
    start=None,
    duration_hours=2,
    sessions=1,
    capacity=20,
    waitlist=True,
    themes=(),
    publish=True,
    **fields,
):
    """Create and publish an event under the programme with ``sessions`` sessions a day apart."""
    n = next(_counter)
    title = title or f"Événement {n}"
    start = start or a_week_ahead()
    event = EventPage(title=title, slug=f"evenement-{n}", summary=f"Résumé de {title}", **fields)
    for i in range(sessions):
        session_start = start + datetime.timedelta(days=i)
        event.sessions.add(
            EventSession(
                start=session_start,
                end=session_start + datetime.timedelta(hours=duration_hours),
                capacity=capacity,
                waitlist_enabled=waitlist,
            )
        )
    for theme in themes:
        event.event_themes.add(EventPageTheme(theme=theme))
    programme.add_child(instance=event)
    if publish:
        event.save_revision().publish()
    return event


def participant(n=1, **fields):
    """What participant number ``n`` types in the registration form (any field can change):
    Camille{n} Martin, camille{n}@example.org, Préfecture, in French."""
    return {
        "first_name": f"Camille{n}",
        "last_name": "Martin",
        "email": f"camille{n}@example.org",
        "organisation": "Préfecture",
        "language": "fr",
    } | fields


def register(session, n=1, **fields):
    """Participant ``n`` registered through the registration rules, as the form does.

    Returns the rules' result; emails are queued as by the rules (``notify=False`` for none).
    """
    from registrations import services

    return services.register(session, **participant(n, **fields))


def register_people(session, count, start=1, **fields):
    """Participants ``start`` to ``start + count - 1`` registered without emails, in order;
    returns their registrations."""
    fields.setdefault("notify", False)
    return [register(session, n, **fields).registration for n in range(start, start + count)]


def register_person(session, first_name, last_name, organisation="Préfecture"):
    """A named person registered without emails, for the staff screens that list people."""
    email = f"{first_name}.{last_name}@example.org".lower().replace(" ", "")
    return register(
        session,
        first_name=first_name,
        last_name=last_name,
        email=email,
        organisation=organisation,
        notify=False,
    ).registration


def translate(page_or_snippet, locale, **fields):
    """The translation made with wagtail-localize, as an editor makes it, with ``fields`` then
    set on it (an English title...). A page's untranslated ancestors are translated first;
    the page's translation is published."""
    from wagtail_localize.operations import translate_object

    if isinstance(page_or_snippet, Page):
        for ancestor in page_or_snippet.get_ancestors().filter(depth__gt=1).specific():
            if not ancestor.has_translation(locale):
                translate(ancestor, locale)
    translate_object(page_or_snippet, [locale])
    translation = page_or_snippet.get_translation(locale)
    if isinstance(translation, Page):
        translation = translation.specific
    for name, value in fields.items():
        setattr(translation, name, value)
    if isinstance(translation, Page):
        translation.save_revision().publish()
        translation.refresh_from_db()
    elif fields:
        translation.save()
    return translation


def make_registrations(session, count, status="confirmed"):
    """Registration rows written directly: test fixtures only, never in the code."""
    from registrations.models import Registration

    for _ in range(count):
        n = next(_counter)
        Registration.objects.create(
            session=session,
            status=status,
            first_name="Camille",
            last_name=f"Martin {n}",
            email=f"camille.martin{n}@example.fr",
            organisation="Préfecture",
            waitlist_position=n if status == "waitlisted" else None,
        )


def make_defi(defis_index, title="Défi", problem="<p>Problématique</p>", **fields):
    from defis.models import DefiPage

    n = next(_counter)
    fields.setdefault("programme", "Entrepreneurs d'intérêt général")
    fields.setdefault("promotion", "Promotion 6")
    fields.setdefault("summary", f"Résumé de {title}")
    fields.setdefault("needs", "<p>Besoins</p>")
    fields.setdefault("concept", "<p>Concept</p>")
    defi = DefiPage(title=title, slug=f"defi-{n}", problem=problem, **fields)
    defis_index.add_child(instance=defi)
    defi.save_revision().publish()
    return defi


def make_lab(labs_index, title="Laboratoire d'innovation", region=None, **fields):
    from labs.models import LabPage

    n = next(_counter)
    fields.setdefault("summary", f"Résumé de {title}")
    lab = LabPage(title=title, slug=f"laboratoire-{n}", region=region, **fields)
    labs_index.add_child(instance=lab)
    lab.save_revision().publish()
    return lab


def make_standard_page(parent, title="À propos", slug=None, **fields):
    from home.models import StandardPage

    page = StandardPage(title=title, slug=slug or f"page-{next(_counter)}", **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_menu(locale, location, links):
    """A NavigationMenu with ``links``: (label, page or url) pairs."""
    from shell.models import NavigationMenu

    blocks = []
    for label, target in links:
        if isinstance(target, Page):
            blocks.append(("link", {"label": label, "page": target, "url": ""}))
        else:
            blocks.append(("link", {"label": label, "page": None, "url": target}))
    return NavigationMenu.objects.create(locale=locale, location=location, links=blocks)
