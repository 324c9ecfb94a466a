"""Sessions reserved to some email domains or to an invitation link (``events.eligibility``).

The rules refuse anyone else with a translated message and write nothing (no seat, no place
on the waiting list, no email), at once and under concurrency; staff may override, and the
history says so; the public pages say who a session is for before anyone fills the form.
"""

import re
from html import unescape

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry

from events.coaches import EventCoach
from events.eligibility import domain_matches, eligibility, parse_domains
from events.models import EventSession
from registrations import documents, services
from registrations.models import InvitationLink, OutboundEmail, Registration
from tests.factories import build_site, make_event, participant
from tests.registration_support import immediate_tasks  # noqa: F401 (a fixture)
from tests.test_attendance_documents import pages_text
from tests.test_registration_concurrency import run_concurrently, threads

MINISTRY = "interieur.gouv.fr"
pytestmark = pytest.mark.usefixtures("immediate_tasks")


def form_data(session, email, **overrides):
    prefix = f"session-{session.pk}-"
    data = {
        "first_name": "Camille",
        "last_name": "Martin",
        "email": email,
        "organisation": "Préfecture",
        "job_title": "",
        "accessibility_needs": "",
        "consent": "on",
        "website": "",
    } | overrides
    return {prefix + name: value for name, value in data.items()}


def text_of(response):
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode())))


def reserved(site_tree, capacity=20, **fields):
    event = make_event(site_tree.programme, title="Data Days", capacity=capacity)
    session = EventSession.objects.get(event=event)
    for name, value in {"reserved_domains": MINISTRY, **fields}.items():
        setattr(session, name, value)
    session.save()
    return event, session


def register_url(session, **params):
    with translation.override("fr"):
        url = reverse("registrations:register", args=[session.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


# --- The one decision ---------------------------------------------------------------------


class Session:
    def __init__(self, domains="", invitation_only=False):
        self.reserved_domains, self.invitation_only = domains, invitation_only


@pytest.mark.parametrize(
    "email, allowed",
    [
        ("agent@interieur.gouv.fr", True),
        ("Agent@Interieur.Gouv.Fr", True),
        ("agent@gendarmerie.interieur.gouv.fr", True),  # subdomains are the ministry's too
        ("agent@faux-interieur.gouv.fr", False),
        ("agent@interieur.gouv.fr.example.org", False),
        ("interieur.gouv.fr@example.org", False),
        ("agent@example.org", False),
        ("", False),
    ],
)
def test_domains_admit_their_subdomains_and_nothing_else(email, allowed):
    assert domain_matches(email, [MINISTRY]) is allowed
    assert eligibility(Session(MINISTRY), email).allowed is allowed


def test_domains_are_parsed_from_what_editors_write():
    assert parse_domains(" @Interieur.gouv.fr, dgfip.finances.gouv.fr;\nINTERIEUR.gouv.fr ") == [
        MINISTRY,
        "dgfip.finances.gouv.fr",
    ]


def test_an_invitation_needs_the_current_token_and_staff_may_override():
    session = Session(invitation_only=True)
    assert eligibility(session, "a@example.org", "secret", "secret").allowed
    assert eligibility(session, "a@example.org", "old", "secret").reason == "invitation"
    assert not eligibility(session, "a@example.org", "", "").allowed  # no link made: nobody
    forced = eligibility(session, "a@example.org", "", "secret", override=True)
    assert forced.allowed and forced.overridden and forced.reason == "invitation"
    both = Session(MINISTRY, invitation_only=True)
    assert eligibility(both, "a@interieur.gouv.fr", "secret", "secret").allowed
    assert eligibility(both, "a@example.org", "secret", "secret").reason == "domain"


# --- Over HTTP ----------------------------------------------------------------------------


def test_the_page_says_who_the_session_is_for_before_the_form(client, site_tree):
    event, session = reserved(site_tree)
    text = text_of(client.get(event.url))
    notice = text.index("Réservé aux agents (@interieur.gouv.fr)")
    assert notice < text.index("Adresse électronique")
    assert "se termine par @interieur.gouv.fr (sous-domaines compris)" in text
    with translation.override("fr"):
        programme = text_of(client.get(site_tree.programme.url))
    assert "Réservé aux agents (@interieur.gouv.fr)" in programme


def test_an_outside_address_is_refused_over_http_and_nothing_is_written(
    client,
    site_tree,  # noqa: F811
):
    event, session = reserved(site_tree, capacity=1)
    services.register(session, **participant(1, email="a@interieur.gouv.fr"), notify=False)
    mail.outbox.clear()
    response = client.post(register_url(session), form_data(session, "camille@example.org"))
    assert response.status_code == 403
    html = response.content.decode()
    assert "Cette session est réservée aux agents dont l'adresse se termine par" in unescape(html)
    # The message is on the address field, linked to it.
    error_id = re.search(r'id="([^"]*email[^"]*error[^"]*)"', html).group(1)
    assert re.search(rf'aria-describedby="[^"]*{error_id}', html)
    # Full session: even the waiting list stays closed to outside addresses.
    assert Registration.objects.filter(session=session).count() == 1
    assert not OutboundEmail.objects.filter(to="camille@example.org").exists()
    assert mail.outbox == []


def test_the_english_page_refuses_in_english(client, site_tree):
    _event, session = reserved(site_tree)
    with translation.override("en"):
        url = reverse("registrations:register", args=[session.pk])
    response = client.post(url, form_data(session, "camille@example.org"))
    assert response.status_code == 403
    assert "This session is reserved to staff whose address ends with @interieur.gouv.fr" in (
        unescape(response.content.decode())
    )


def test_an_inside_address_registers(
    client,
    site_tree,
    django_capture_on_commit_callbacks,
):
    _event, session = reserved(site_tree)
    email = "camille.martin@gendarmerie.interieur.gouv.fr"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(register_url(session), form_data(session, email))
    assert response.status_code == 303
    registration = Registration.objects.get(session=session)
    assert registration.email == email and registration.status == "confirmed"
    assert [message.to for message in mail.outbox] == [[email]]


def test_the_invitation_link_opens_the_form_and_only_it(
    client,
    site_tree,  # noqa: F811
):
    event, session = reserved(site_tree, reserved_domains="", invitation_only=True)
    assert client.get(register_url(session)).status_code == 404
    assert client.get(register_url(session, invitation="devine")).status_code == 404
    token = services.invitation_token(session)
    page = client.get(register_url(session, invitation=token))
    assert page.status_code == 200 and "Sur invitation" in text_of(page)
    assert f"?invitation={token}" in page.content.decode()  # the form posts it back
    response = client.post(
        register_url(session, invitation=token), form_data(session, "coach@example.org")
    )
    assert response.status_code == 303
    assert Registration.objects.filter(session=session, email="coach@example.org").exists()
    # The event page does not show it, not even to say it exists.
    assert "Sur invitation" not in text_of(client.get(event.url))


@pytest.mark.parametrize("invitation", [None, "devine"])
def test_a_form_posted_without_the_invitation_finds_no_session(client, site_tree, invitation):
    """The rules decide it under the lock (the POST reads nothing before): 404, as the
    form's page, and nothing written, whether the form is valid or not."""
    _event, session = reserved(site_tree, reserved_domains="", invitation_only=True)
    services.invitation_token(session)
    url = register_url(session, **({"invitation": invitation} if invitation else {}))
    valid = form_data(session, "coach@example.org")
    assert client.post(url, valid).status_code == 404
    invalid = {**valid, f"session-{session.pk}-first_name": ""}
    assert client.post(url, invalid).status_code == 404
    assert not Registration.objects.exists() and not OutboundEmail.objects.exists()


def test_a_renewed_link_stops_the_old_one(client, site_tree):
    _event, session = reserved(site_tree, reserved_domains="", invitation_only=True)
    old = services.invitation_token(session)
    staff = User.objects.create_superuser("staff", "staff@example.org", "pw")
    client.force_login(staff)
    detail = client.get(reverse("registrations_admin:session", args=[session.pk]))
    assert f"?invitation={old}" in detail.content.decode()
    assert "Copier le lien" in detail.content.decode()
    response = client.post(reverse("registrations_admin:renew_invitation", args=[session.pk]))
    assert response.status_code == 302
    new = InvitationLink.objects.get(session=session).token
    assert new != old
    client.logout()
    assert client.get(register_url(session, invitation=old)).status_code == 404
    assert client.get(register_url(session, invitation=new)).status_code == 200
    refused = services.register(session, **participant(2), invitation=old, notify=False)
    assert refused.outcome == services.Outcome.RESERVED
    entry = ModelLogEntry.objects.get(action="registrations.invitation_renewed")
    assert entry.user == staff and old not in str(entry.data) and new not in str(entry.data)


def test_staff_may_override_and_the_history_says_so(site_tree):
    _event, session = reserved(site_tree)
    staff = User.objects.create_superuser("staff", "staff@example.org", "pw")
    result = services.register(session, **participant(1), override=True, by=staff, notify=False)
    assert result.outcome == services.Outcome.CONFIRMED
    entry = ModelLogEntry.objects.get(action="registrations.eligibility_overridden")
    assert entry.user == staff and entry.data["reason"] == "domain"
    assert "camille1@example.org" not in str(entry.data)
    # Without the override, the same address is refused and nothing more is written.
    again = services.register(session, **participant(3), notify=False)
    assert again.outcome == services.Outcome.RESERVED and again.registration is None
    assert Registration.objects.filter(session=session).count() == 1


def test_the_attendance_sheet_names_the_coaches(site_tree):
    event, session = reserved(site_tree)
    event.coaches.add(
        EventCoach(name="Claire Morvan", role="facilitatrice", organisation="Dynergie")
    )
    event.save_revision().publish()
    text = "\n".join(pages_text(documents.attendance_sheet(session)))
    assert "Intervenants" in text and "Claire Morvan (Facilitatrice, Dynergie)" in text


# --- Under concurrency --------------------------------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_outside_addresses_racing_inside_ones_never_get_a_seat_or_a_place(settings):
    site = build_site()
    event = make_event(site.programme, capacity=5, contact_email="o@example.fr")
    EventSession.objects.filter(event=event).update(reserved_domains=MINISTRY)
    session = EventSession.objects.get(event=event)

    def attempt(n):
        domain = MINISTRY if n % 2 else "example.org"
        return services.register(
            session.pk, **participant(n, email=f"agent{n}@{domain}"), notify=False
        )

    results, errors, _seconds = run_concurrently(attempt, list(range(1, 61)), threads())
    assert errors == []
    refused = [r for r in results if r.outcome == services.Outcome.RESERVED]
    assert len(refused) == 30 and all(r.registration is None for r in refused)
    rows = Registration.objects.filter(session=session)
    assert not rows.exclude(email__endswith="@" + MINISTRY).exists()
    assert rows.filter(status="confirmed").count() == 5  # the seat count is unchanged
    positions = sorted(rows.filter(status="waitlisted").values_list("waitlist_position", flat=True))
    assert positions == list(range(1, 26))
    session.refresh_from_db()
    assert session.capacity == 5
