"""Fictitious participants registered through the registration rules, as visitors would be."""

import itertools

from django.utils import timezone

from common.text import folded
from events.models import EventSession
from registrations import services
from registrations.models import Registration

from .data.people import FIRST_NAMES, LAST_NAMES, PARTICIPANT_ORGANISATIONS


def ascii_slug(text):
    return "".join(c for c in folded(text) if c.isalnum())


def people():
    """An endless supply of obviously fictitious participants (example.org addresses)."""
    for number in itertools.count(1):
        first_name = FIRST_NAMES[number % len(FIRST_NAMES)]
        last_name = LAST_NAMES[(number * 7) % len(LAST_NAMES)]
        email = f"{ascii_slug(first_name)}.{ascii_slug(last_name)}.{number}@example.org"
        organisation = PARTICIPANT_ORGANISATIONS[number % len(PARTICIPANT_ORGANISATIONS)]
        language = "en" if number % 9 == 0 else "fr"
        yield first_name, last_name, email, organisation, language


def fill_sessions(events):
    """Register people for the coming sessions of ``events`` ([(data item, page)]), once per
    session; returns how many registrations the rules recorded."""
    supply = people()
    now = timezone.now()
    registered = 0
    for item, event in events:
        if event.external_registration_url:
            continue
        _capacity, wanted = item.get("seats", (0, 0))
        sessions = list(EventSession.objects.filter(event=event).order_by("sort_order", "start"))
        for index, session in enumerate(sessions):
            if session.start <= now or Registration.objects.filter(session=session).exists():
                continue
            count = wanted if index == 0 else wanted // (index + 2)
            for _ in range(count):
                first_name, last_name, email, organisation, language = next(supply)
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
                    registered += 1
    return registered
