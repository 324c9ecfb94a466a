"""A few hundred malformed requests over every URL of the site and the registrations admin.

Methods, charsets, sizes, control characters, repeated keys, wrong types, forged ids and
tokens: none may get a 5xx, and none may change saved data (registrations, sessions, pages,
queued emails). Run on SQLite and on PostgreSQL (``DATABASE_URL``), where a NUL byte in a
query used to reach the database as a ``DataError``.
"""

import itertools
import re
from urllib.parse import quote

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from events.models import EventSession
from registrations.models import OutboundEmail, Registration
from tests.factories import make_defi, make_lab, make_standard_page, register
from tests.registration_support import (
    immediate_tasks,  # noqa: F401
    workshop,
)

pytestmark = pytest.mark.usefixtures("immediate_tasks")

PARAMETERS = [
    "q", "page", "p", "r", "theme", "region", "format", "famille", "organisation",
    "date_debut", "date_fin", "periode", "modalite", "places", "archive", "passees",
    "promotion", "next", "lang", "session", "status", "ordering",
]  # fmt: skip
BAD_VALUES = [
    "\x00",
    "a\x00b",
    "\x01\x02\x1b[31m\x7f",
    "x" * 20_000,
    "-1",
    "99999999999999999999999999",
    "1e309",
    "[]",
    "{'a': 1}",
    "é\u200b\u202e",
    "\ud800",
    "%",
    "../../etc/passwd",
    "<script>alert(1)</script>",
]
CHARSETS = ["iso-8859-1", "utf-16", "koi8-r", "unknown-8bit"]
METHODS = ["PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND"]


def encoded(value):
    """Percent-encoded bytes, a lone surrogate as the invalid UTF-8 a script would send."""
    return quote(value.encode("utf-8", "surrogatepass"), safe="")


def saved_data():
    """Everything a malformed request must leave as it was."""
    return {
        "registrations": list(Registration.objects.order_by("pk").values()),
        "sessions": list(EventSession.objects.order_by("pk").values()),
        "pages": list(
            Page.objects.order_by("pk").values_list("pk", "title", "live", "latest_revision_id")
        ),
        "emails": OutboundEmail.objects.count(),
    }


@pytest.fixture
def world(site_tree):
    event, session = workshop(site_tree, capacity=1)
    confirmed = register(session, 1, notify=False).registration
    waiting = register(session, 2, notify=False).registration
    lab = make_lab(site_tree.labs)
    defi = make_defi(site_tree.defis)
    about = make_standard_page(site_tree.home)
    return {
        "event": event,
        "session": session,
        "confirmed": confirmed,
        "waiting": waiting,
        "pages": [site_tree.home, site_tree.programme, site_tree.labs, site_tree.defis],
        "more_pages": [event, lab, defi, about],
    }


def public_urls(world):
    session, person = world["session"], world["confirmed"]
    urls = ["/healthz", "/fr/", "/en/"]
    urls += [page.url for page in world["pages"] + world["more_pages"]]
    for language in ("fr", "en"):
        with translation.override(language):
            urls += [
                reverse("search"),
                reverse("registrations:register", args=[session.pk]),
                reverse("registrations:result"),
                reverse("registrations:cancelled"),
                reverse("registrations:manage", args=[person.token]),
                reverse("registrations:cancel", args=[person.token]),
                reverse("registrations:manage_invite", args=[person.token]),
                reverse("registrations:manage_certificate", args=[person.token]),
                reverse("registrations:session_calendar", args=[session.pk]),
                reverse("registrations:event_calendar", args=[world["event"].pk]),
                reverse("registrations:programme_feed"),
            ]
    return urls


def admin_urls(world):
    session, person = world["session"], world["confirmed"]
    names = {
        "index": [],
        "session": [session.pk],
        "export": [session.pk],
        "check_in": [session.pk],
        "check_in_state": [session.pk],
        "capacity": [session.pk],
        "waitlist": [session.pk],
        "cancel_session": [session.pk],
        "restore_session": [session.pk],
        "check_in_toggle": [person.pk],
        "session_check_in": [person.pk],
        "session_undo_check_in": [person.pk],
        "scan": [person.check_in_secret],
        "renew_code": [person.pk],
        "no_shows": [session.pk],
        "attendance_sheet": [session.pk],
        "certificates": [session.pk],
        "staff_certificate": [person.pk],
        "action": [person.pk, "annuler"],
    }
    urls = [reverse(f"registrations_admin:{name}", args=args) for name, args in names.items()]
    return urls + ["/admin/", "/admin/login/", "/admin/pages/", "/admin/pages/search/"]


def forged(url, world):
    """The same URL with its ids and tokens forged: zero, huge, negative, someone else's."""
    tokens = {world["confirmed"].token, world["confirmed"].check_in_secret}
    variants = []
    for token in tokens & set(url.split("/")):
        variants += [url.replace(token, "x" * 64), url.replace(token, encoded("\x00\x01" * 8))]
    if re.search(r"/\d+[/.]", url):
        for forged_id in ("0", "9223372036854775808"):
            variants.append(re.sub(r"(?<=[/-])\d+(?=[/.])", forged_id, url, count=1))
    return variants


def bad_queries():
    """One bad value per parameter, each query a few keys, repeated keys among them."""
    values = itertools.cycle(BAD_VALUES)
    queries = []
    for name in PARAMETERS:
        value = next(values)
        queries.append(f"{name}={encoded(value)}")
    queries.append("&".join(f"q={n}" for n in range(200)))
    queries.append("page=2&page=abc&page=" + quote("\x00"))
    return queries


def assert_no_server_error(client, method, url, seen, **kwargs):
    response = client.generic(method, url, **kwargs)
    seen.append((method, url[:120], response.status_code))
    assert response.status_code < 500, (method, url[:200], response.status_code)
    return response


def test_malformed_requests_never_get_a_5xx_nor_change_saved_data(world):
    staff = Client(raise_request_exception=False, enforce_csrf_checks=True)
    staff.force_login(User.objects.create_superuser("marion", "marion@example.org", "pw"))
    anonymous = Client(raise_request_exception=False, enforce_csrf_checks=True)
    # A browser without CSRF trouble: malformed bodies then reach the views themselves.
    lenient = Client(raise_request_exception=False)
    before = saved_data()
    seen = []
    public, admin = public_urls(world), admin_urls(world)
    queries = bad_queries()

    scan_url = reverse("registrations_admin:scan", args=[world["confirmed"].check_in_secret])
    for n, url in enumerate(public + admin):
        # Staff are the ones who may open the admin; a real scan checks in (that is no
        # malformed request), so the scan URL is only sent forged.
        clients = [anonymous, staff] if url in admin and url != scan_url else [anonymous]
        for client in clients:
            # Every URL gets a share of the bad queries, so that all of them meet some view.
            for query in queries[n % 12 :: 12]:
                assert_no_server_error(client, "GET", f"{url}?{query}", seen)
            assert_no_server_error(client, METHODS[n % len(METHODS)], url, seen)
            if n % 2:
                assert_no_server_error(
                    client,
                    "POST",
                    url,
                    seen,
                    data="nom=André&email=a@example.org".encode("utf-16"),
                    content_type=f"application/x-www-form-urlencoded; charset={CHARSETS[n % 4]}",
                )
            else:
                assert_no_server_error(
                    client,
                    "POST",
                    url,
                    seen,
                    data=b'--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n\xff\xfe',
                    content_type="multipart/form-data; boundary=y",
                )
        for forged_url in forged(url, world):
            assert_no_server_error(clients[-1], "GET", forged_url, seen)
            assert_no_server_error(clients[-1], "POST", forged_url, seen)
        assert_no_server_error(
            lenient,
            "POST",
            url,
            seen,
            data="nom=André".encode("latin-1"),
            content_type=f"application/x-www-form-urlencoded; charset={CHARSETS[n % 4]}",
        )

    prefix = f"session-{world['session'].pk}-"
    register_url = reverse("registrations:register", args=[world["session"].pk])
    fields = ["first_name", "last_name", "email", "organisation", "job_title"]
    fields += ["accessibility_needs", "consent", "website"]
    values = itertools.cycle(BAD_VALUES)
    for field, value in ((field, next(values)) for field in fields for _ in range(5)):
        data = {
            prefix + "first_name": "Camille",
            prefix + "last_name": "Martin",
            prefix + "email": "nouvelle@example.org",
            prefix + "organisation": "Préfecture",
            prefix + "consent": "on",
            prefix + field: value,
        }
        if field != "email":
            # Each body is malformed: the address holds an invisible character at least.
            data[prefix + "email"] = "\u200bnouvelle@example.org"
        assert_no_server_error(
            lenient,
            "POST",
            register_url,
            seen,
            data="&".join(f"{quote(k)}={encoded(v)}" for k, v in data.items()),
            content_type="application/x-www-form-urlencoded",
        )

    assert len(seen) >= 300, len(seen)
    assert saved_data() == before
    statuses = {status for _method, _url, status in seen}
    assert {400, 403, 404, 405} <= statuses, statuses
