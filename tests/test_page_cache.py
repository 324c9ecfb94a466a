"""Whole pages served to visitors from the cache (common/page_cache.py): fast, yet never a
seat, a date, a published change or someone else's token out of date."""

import datetime
import re
import time

import pytest
from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from common import page_cache
from registrations import services
from registrations.models import Registration
from tests.factories import make_event, make_standard_page
from tests.registration_support import immediate_tasks, workshop  # noqa: F401 (a fixture)
from tests.test_registration_views import form_data, register_url

pytestmark = pytest.mark.usefixtures("immediate_tasks")

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        get(client, url)
    return len(queries)


def test_a_visitor_gets_the_page_another_rendered_with_no_query_beyond_routing(site_tree):
    event = make_event(site_tree.programme, sessions=6)
    first, second = Client(), Client()
    html = get(first, event.url)
    # Wagtail's own: the locale, two per level below the home page, aliases, restrictions.
    assert queries_of(second, event.url) == 7
    assert TOKEN.sub("", get(second, event.url)) == TOKEN.sub("", html)


def test_each_visitor_posts_the_cached_form_with_their_own_token(site_tree):
    event, session = workshop(site_tree, capacity=5)
    get(Client(), event.url)
    visitors = [Client(enforce_csrf_checks=True) for _ in range(2)]
    tokens = []
    for n, visitor in enumerate(visitors):
        html = get(visitor, event.url)
        (token,) = set(TOKEN.findall(html))
        tokens.append(token)
        data = form_data(session, email=f"visiteur{n}@example.org")
        response = visitor.post(register_url(session), {**data, "csrfmiddlewaretoken": token})
        assert response.status_code == 303
    assert tokens[0] != tokens[1]
    assert "cachedpagecsrftoken" not in "".join(tokens)
    assert Registration.objects.filter(session=session).count() == 2


def test_a_registration_shows_at_once_on_the_cached_event_page_and_programme(
    site_tree, client, django_capture_on_commit_callbacks
):
    """Once the registration commits: the seats token is replaced then (not before, when
    another visitor could cache the page again from the old rows)."""
    event, session = workshop(site_tree, capacity=1, waitlist=False)
    assert "Complet" not in get(client, event.url)
    get(client, site_tree.programme.url)
    with django_capture_on_commit_callbacks(execute=True) as committed:
        response = client.post(register_url(session), form_data(session))
    assert response.status_code == 303
    assert committed
    assert "Complet" in get(client, event.url)
    assert "Complet" in get(client, site_tree.programme.url)


def test_a_rush_on_one_event_leaves_the_other_event_pages_cached(
    site_tree, client, django_capture_on_commit_callbacks
):
    busy, session = workshop(site_tree, capacity=5)
    quiet = make_event(site_tree.programme, title="Atelier tranquille")
    for page in (busy, quiet, site_tree.programme):
        get(client, page.url)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(register_url(session), form_data(session)).status_code == 303
    assert queries_of(client, quiet.url) == 7  # served: Wagtail's routing only
    assert queries_of(client, busy.url) > 7  # rendered again, with its new seats
    assert queries_of(client, site_tree.programme.url) > 6  # every event's seats


def test_a_seat_given_up_by_staff_reopens_the_cached_page(
    site_tree, client, staff, django_capture_on_commit_callbacks
):
    event, session = workshop(site_tree, capacity=1, waitlist=False)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(register_url(session), form_data(session))
    assert "Complet" in get(client, event.url)
    registration = Registration.objects.get(session=session)
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(registration, by_staff=True, by=staff)
    assert "Complet" not in get(client, event.url)


def test_a_session_saved_outside_the_rules_is_shown_at_once(site_tree, client):
    event, session = workshop(site_tree, capacity=1)
    assert "Session annulée" not in get(client, event.url)
    session.is_cancelled = True
    session.save()
    assert "Session annulée" in get(client, event.url)


def test_a_published_change_is_shown_at_once(site_tree, client):
    event = make_event(site_tree.programme, title="Atelier avant")
    page = make_standard_page(site_tree.home, title="Page avant", slug="page")
    assert "Atelier avant" in get(client, event.url)
    assert "Page avant" in get(client, page.url)
    assert "Atelier avant" in get(client, site_tree.programme.url)
    for item, title in ((event, "Atelier après"), (page, "Page après")):
        item.title = title
        item.save_revision().publish()
    assert "Atelier après" in get(client, event.url)
    assert "Page après" in get(client, page.url)
    assert "Atelier après" in get(client, site_tree.programme.url)


def test_a_draft_is_not_shown_to_visitors(site_tree, client):
    event = make_event(site_tree.programme, title="Atelier publié")
    get(client, event.url)
    event.title = "Brouillon"
    event.save_revision()
    assert "Brouillon" not in get(client, event.url)


def test_a_cached_page_ends_when_its_session_starts(site_tree, client):
    start = timezone.now() + datetime.timedelta(seconds=1.5)
    event = make_event(site_tree.programme, start=start)
    assert "Session commencée" not in get(client, event.url)
    time.sleep(max(0, (start - timezone.now()).total_seconds()) + 0.1)
    assert "Session commencée" in get(client, event.url)


def test_an_event_moves_to_the_archive_of_the_cached_programme_when_it_ends(site_tree, client):
    end = timezone.now() + datetime.timedelta(seconds=1.5)
    start = end - datetime.timedelta(hours=1)
    make_event(site_tree.programme, title="Atelier du jour", start=start, duration_hours=1)
    assert "Atelier du jour" in get(client, site_tree.programme.url)
    time.sleep(max(0, (end - timezone.now()).total_seconds()) + 0.1)
    assert "Atelier du jour" not in get(client, site_tree.programme.url)
    assert "Atelier du jour" in get(client, site_tree.programme.url + "?archive=1")


def test_signed_in_users_never_share_the_cache(site_tree, client, staff):
    event = make_event(site_tree.programme)
    get(client, event.url)
    signed_in = Client()
    signed_in.force_login(staff)
    assert "wagtail-userbar" in get(signed_in, event.url)
    assert "wagtail-userbar" not in get(client, event.url)


def test_a_visitor_with_a_message_to_read_gets_the_page_rendered(rf):
    request = rf.get("/fr/programme/")
    request.user = AnonymousUser()
    request.session = {}
    request._messages = FallbackStorage(request)
    assert page_cache.visitor_request(request)
    messages.success(request, "Inscription annulée.")
    assert not page_cache.visitor_request(request)
    assert not page_cache.visitor_request(rf.post("/fr/programme/"))


def test_keywords_are_searched_not_served_from_the_cache(site_tree, client):
    make_event(site_tree.programme, title="Atelier données")
    make_event(site_tree.programme, title="Conférence climat")
    url = site_tree.programme.url
    assert "Conférence climat" not in get(client, url + "?q=donnees")
    assert "Atelier données" not in get(client, url + "?q=climat")


def test_forged_query_strings_share_one_entry_or_none(site_tree, client):
    make_event(site_tree.programme, title="Atelier")
    url = site_tree.programme.url
    get(client, url)
    for query in ("?utm_source=lettre", "?x=1&y=2", "?page=2x"):
        assert "Atelier" in get(client, url + query)
    keys = [key for key in cache._cache if ":page:" in key]
    assert len(keys) == 1
