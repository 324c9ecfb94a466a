"""The admin as the communication team reads it: events with their dates."""

import datetime
import re
from html import unescape

from django.utils import timezone

from events.models import EventPage
from tests.factories import make_event


def test_the_explorer_lists_events_with_their_first_date(admin_client, site_tree):
    start = timezone.make_aware(datetime.datetime(2027, 11, 1, 14, 0))
    event = make_event(site_tree.programme, title="Atelier design", start=start)
    assert EventPage.objects.get(pk=event.pk).get_admin_display_title() == (
        "Atelier design (lundi 1er novembre 2027)"
    )
    html = admin_client.get(
        f"/admin/pages/{site_tree.programme.pk}/", HTTP_ACCEPT_LANGUAGE="fr"
    ).content.decode()
    assert "Atelier design (lundi 1er novembre 2027)" in html


def test_the_host_lab_chooser_opens_at_the_labs_index_of_the_pages_language(
    admin_client, site_tree
):
    event = make_event(site_tree.programme, title="Atelier design")
    html = admin_client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    options = re.search(r'id_host_lab[^>]*?(\{[^<]*?"modelNames"[^<]*?\})', unescape(html))
    assert options, "no host-lab chooser"
    assert f'"parentId": {site_tree.labs.pk}' in options.group(1)
    assert '"labs.labpage"' in options.group(1)


def test_the_french_admin_calls_a_locale_a_language_not_a_region(admin_client, site_tree):
    html = admin_client.get("/admin/locales/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Langues" in html
    assert "Régions" not in html


def test_the_add_form_does_not_autosave_but_the_edit_form_does(admin_client, site_tree):
    """Autosave on the add form created the page behind the editor's back: an abandoned
    form kept its slug, and a quick "Publier" was refused for its own slug."""
    add = admin_client.get(
        f"/admin/pages/add/events/eventpage/{site_tree.programme.pk}/"
    ).content.decode()
    assert 'id="id_title"' in add
    assert "data-w-autosave-interval-value" not in add
    event = make_event(site_tree.programme, title="Atelier design")
    edit = admin_client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert "data-w-autosave-interval-value" in edit
