"""Helpers shared by the registration tests: tasks run in-process, a workshop, email parts.

Registering people and translating pages: ``tests.factories``.
"""

import pytest
from django.core import mail

from events.models import EventSession
from tests.factories import make_event, make_organisation

IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# As in production: tasks are rows, run by ``manage.py db_worker``.
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def immediate_tasks(settings):
    """Tasks run in-process, as with TASKS_BACKEND=immediate."""
    settings.TASKS = IMMEDIATE
    settings.SITE_URL = "https://innovation.example.gouv.fr"
    settings.SITE_DOMAIN = "innovation.example.gouv.fr"
    return settings


def workshop(
    site_tree,
    *,
    capacity=2,
    waitlist=True,
    title="Atelier design des politiques publiques",
    **fields,
):
    fields.setdefault("contact_email", "organisation@labo.example.fr")
    fields.setdefault("venue_name", "Laboratoire d'innovation")
    fields.setdefault("venue_address", "1 rue de la République, 35000 Rennes")
    fields.setdefault(
        "organiser", make_organisation(name="Laboratoire Bretagne", slug="labo-bretagne")
    )
    event = make_event(
        site_tree.programme, title=title, capacity=capacity, waitlist=waitlist, **fields
    )
    return event, EventSession.objects.filter(event=event).order_by("start").first()


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
