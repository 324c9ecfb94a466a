"""A small bilingual site for the browser tests, built through the models as an editor would."""

import datetime
import re
from types import SimpleNamespace

from django.core import mail
from django.utils import timezone

from events.models import EventSession
from tests.factories import (
    build_site,
    make_event,
    make_organisation,
    make_region,
    make_theme,
    translate,
)

IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def next_week(days=7, hour=14):
    start = timezone.localtime() + datetime.timedelta(days=days)
    return start.replace(hour=hour, minute=0, second=0, microsecond=0)


def small_site(capacity=20, waitlist=True, english=False):
    """Home, programme and three events: only one matches theme "Expérience usager" and
    region "Bretagne"."""
    site = build_site()
    for index in (site.programme, site.labs, site.defis):
        index.show_in_menus = True
        index.save_revision().publish()
    ux = make_theme("Expérience usager", "experience-usager")
    ecology = make_theme("Transition écologique", "transition-ecologique")
    brittany = make_region("Bretagne", "bretagne")
    occitania = make_region("Occitanie", "occitanie")
    organiser = make_organisation(
        "Laboratoire d'innovation de Bretagne", "labo-bretagne", family="lab"
    )
    common = {
        "contact_email": "labo@bretagne.example.fr",
        "venue_name": "Laboratoire d'innovation",
        "venue_address": "1 rue de la République, 35000 Rennes",
        "organiser": organiser,
    }
    target = make_event(
        site.programme,
        title="Atelier design des politiques publiques",
        themes=[ux],
        region=brittany,
        capacity=capacity,
        waitlist=waitlist,
        start=next_week(),
        **common,
    )
    other_theme = make_event(
        site.programme,
        title="Fresque du climat",
        themes=[ecology],
        region=brittany,
        start=next_week(8),
        **common,
    )
    other_region = make_event(
        site.programme,
        title="Hackathon des données ouvertes",
        themes=[ux],
        region=occitania,
        start=next_week(9),
        **common,
    )
    data = SimpleNamespace(
        site=site,
        target=target,
        other_theme=other_theme,
        other_region=other_region,
        themes=[ux, ecology],
        regions=[brittany, occitania],
        session=EventSession.objects.get(event=target),
    )
    if english:
        translate_site(data)
    return data


def translate_site(data):
    """English versions of the snippets and pages, with English titles, published."""
    names = {
        "Expérience usager": "User experience",
        "Transition écologique": "Ecological transition",
        "Bretagne": "Brittany",
        "Occitanie": "Occitania",
    }
    for snippet in [*data.themes, *data.regions]:
        translate(snippet, data.site.en, name=names[snippet.name])
    titles = {
        data.site.home: "Home",
        data.site.programme: "Programme",
        data.target: "Public policy design workshop",
        data.other_theme: "Climate fresco",
        data.other_region: "Open data hackathon",
    }
    data.english = {}
    for page, title in titles.items():
        data.english[page.pk] = translate(page, data.site.en, title=title)
    return data


def emails_to(address):
    return [message for message in mail.outbox if address in message.to]


def calendar_method(message):
    for part in message.message().walk():
        if part.get_content_type() == "text/calendar":
            text = part.get_payload(decode=True).decode()
            return re.search(r"^METHOD:(\w+)", text, re.M).group(1)
    return None


def manage_path(message):
    """The personal manage link of an email, as a path on the test server."""
    match = re.search(r"https?://[^/\s]+(/\w\w/inscriptions/gerer/[\w-]+/)", message.body)
    assert match, message.body
    return match.group(1)


def tick(scope, label):
    """Check a DSFR checkbox as a person does: DSFR draws the box on the label, not the input."""
    from playwright.sync_api import expect

    box = scope.get_by_label(label)
    scope.locator(f'label[for="{box.get_attribute("id")}"]').click()
    expect(box).to_be_checked()
