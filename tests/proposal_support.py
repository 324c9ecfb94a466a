"""Builders for the proposal tests: the taxonomy, a filled form, a confirmed proposal."""

import datetime
import io
import re

from django.core import mail
from django.utils import timezone
from PIL import Image

from tests.factories import make_format, make_organisation, make_region, make_theme

EDITION_YEAR = timezone.now().year + 1


def edition_dates(programme, start=None, end=None):
    programme.edition_start = start or datetime.date(EDITION_YEAR, 11, 1)
    programme.edition_end = end or datetime.date(EDITION_YEAR, 11, 30)
    programme.save_revision().publish()
    return programme


class Taxonomy:
    def __init__(self):
        self.theme = make_theme()
        self.other_theme = make_theme("Relance et impact", "relance-impact")
        self.region = make_region()
        self.format = make_format()
        self.organisation = make_organisation()


def form_data(taxonomy, *, sessions=None, **changes):
    """What an organiser types into the form, as the browser posts it."""
    sessions = sessions or [(f"{EDITION_YEAR}-11-16", "14:00", "16:30", "Europe/Paris", "40")]
    data = {
        "title": "Atelier de design de services",
        "summary": "Concevoir un service public avec ses usagers, en deux heures.",
        "description": "Premier paragraphe.\n\nSecond paragraphe <b>gras</b>.",
        "event_format": str(taxonomy.format.pk),
        "themes": [str(taxonomy.theme.pk)],
        "region": str(taxonomy.region.pk),
        "organiser": str(taxonomy.organisation.pk),
        "new_organiser": "",
        "mode": "on_site",
        "venue_name": "Préfecture",
        "venue_address": "1 rue de la Paix, 35000 Rennes",
        "online_url": "",
        "external_registration_url": "",
        "contact_name": "Alex Martin",
        "email": "Alex.Martin@Example.org",
        "publish_contact": "on",
        "image_alt": "",
        "consent": "on",
        "website": "",
        "sessions-TOTAL_FORMS": str(len(sessions)),
        "sessions-INITIAL_FORMS": "0",
        "sessions-MIN_NUM_FORMS": "1",
        "sessions-MAX_NUM_FORMS": "20",
    }
    for index, (day, start, end, zone, capacity) in enumerate(sessions):
        data.update(
            {
                f"sessions-{index}-date": day,
                f"sessions-{index}-start_time": start,
                f"sessions-{index}-end_time": end,
                f"sessions-{index}-time_zone": zone,
                f"sessions-{index}-capacity": capacity,
            }
        )
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


LINK = re.compile(r"https?://\S+/(?:confirmer|modifier|confirm|edit)/([A-Za-z0-9_-]+)/")


def link_token(message, kind):
    """The token of the ``kind`` link ("confirmer", "modifier"...) in an email's text."""
    for match in re.finditer(rf"https?://\S+/{kind}/([A-Za-z0-9_-]+)/", message.body):
        return match.group(1)
    raise AssertionError(f"no {kind} link in {message.body!r}")


def last_to(address):
    return [m for m in mail.outbox if address in m.to][-1]


def png_bytes(size=(64, 48)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (0, 0, 145)).save(buffer, "PNG")
    return buffer.getvalue()


def confirmed_proposal(client, taxonomy, capture, *, url="/fr/proposer-un-evenement/", **changes):
    """A proposal sent through the form and confirmed through its email's link."""
    from proposals.models import EventProposal

    with capture(execute=True):
        response = client.post(url, form_data(taxonomy, **changes))
    assert response.status_code == 303, response.content.decode()[:3000]
    token = link_token(mail.outbox[-1], "confirmer" if url.startswith("/fr/") else "confirm")
    with capture(execute=True):
        client.post(f"{url}{'confirmer' if url.startswith('/fr/') else 'confirm'}/{token}/")
    return EventProposal.objects.get(
        confirmed_at__isnull=False, email=form_data(taxonomy, **changes)["email"].lower()
    )


def editor(username="camille"):
    from django.contrib.auth import get_user_model

    from demo.accounts import grant_editor_role

    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    grant_editor_role(user)
    return user


def act(client, page, action, comment=""):
    """An editor's workflow action, as the admin's action menu posts it."""
    task_state = page.current_workflow_task_state
    url = f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/"
    return client.post(url, {"comment": comment})
