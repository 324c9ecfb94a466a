"""Helpers shared by the registration tests: sessions, translated events, email parts."""

import pytest
from django.core import mail

from events.models import EventPage, EventSession
from registrations import services
from tests.factories import make_event, make_organisation

IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def immediate_tasks(settings):
    """Tasks run in-process, as with TASKS_BACKEND=immediate."""
    settings.TASKS = IMMEDIATE
    settings.SITE_URL = "https://innovation.example.gouv.fr"
    settings.SITE_DOMAIN = "innovation.example.gouv.fr"
    return settings


def workshop(site_tree, *, capacity=2, waitlist=True, title="Atelier design des politiques publiques",
             **fields):
    fields.setdefault("contact_email", "organisation@labo.example.fr")
    fields.setdefault("venue_name", "Laboratoire d'innovation")
    fields.setdefault("venue_address", "1 rue de la République, 35000 Rennes")
    fields.setdefault("organiser", make_organisation(name="Laboratoire Bretagne", slug="labo-bretagne"))
    event = make_event(site_tree.programme, title=title, capacity=capacity, waitlist=waitlist, **fields)
    return event, EventSession.objects.filter(event=event).order_by("start").first()


def translate_event(site_tree, event, title="Public policy design workshop"):
    """An English translation of the event (and of its parents), published."""
    for page in (site_tree.home, site_tree.programme):
        if not page.has_translation(site_tree.en):
            page.copy_for_translation(site_tree.en, copy_parents=False).save_revision().publish()
    english = event.copy_for_translation(site_tree.en)
    english.title = title
    english.summary = "An English summary."
    english.save_revision().publish()
    return EventPage.objects.get(pk=english.pk)


def register(session, n=1, language="fr", **kwargs):
    kwargs.setdefault("notify", True)
    return services.register(
        session,
        first_name=kwargs.pop("first_name", f"Camille{n}"),
        last_name="Martin",
        email=kwargs.pop("email", f"camille{n}@example.org"),
        organisation="Préfecture",
        language=language,
        **kwargs,
    )


def register_person(session, first_name, last_name, organisation="Préfecture"):
    """A named person registered without emails, for the staff screens that list people."""
    return services.register(
        session,
        first_name=first_name,
        last_name=last_name,
        email=f"{first_name}.{last_name}@example.org".lower().replace(" ", ""),
        organisation=organisation,
        language="fr",
        notify=False,
    ).registration


def calendar_part(message):
    """The text/calendar alternative of a sent message (as the mail client sees it)."""
    parsed = message.message()
    for part in parsed.walk():
        if part.get_content_type() == "text/calendar":
            return part
    return None


def html_part(message):
    return next(content for content, mimetype in message.alternatives if mimetype == "text/html")


def outbox_to(address):
    return [m for m in mail.outbox if m.to == [address]]
