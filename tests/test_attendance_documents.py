"""Paper and codes: the QR code in emails and on the manage page, the attendance sheet PDF,
and attendance certificates by email and from the manage link. PDFs are read back with pypdf.
"""

import datetime
import io
import zoneinfo

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pypdf import PdfReader
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from demo.accounts import grant_lab_staff_role
from events.models import EventMode, EventSession
from registrations import documents, entry_codes, services
from registrations.models import OutboundEmail, Registration
from tests.factories import (
    make_event,
    make_organisation,
    make_registrations,
    register,
    register_person,
)
from tests.registration_support import (
    calendar_part,
    html_part,
    immediate_tasks,  # noqa: F401
    outbox_to,
    workshop,
)

pytestmark = pytest.mark.usefixtures("immediate_tasks")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def pages_text(content):
    reader = PdfReader(io.BytesIO(content))
    return [page.extract_text() for page in reader.pages]


def fonts(content):
    names = set()
    for page in PdfReader(io.BytesIO(content)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def at(day, hour, minute=0):
    return datetime.datetime(2026, 11, day, hour, minute, tzinfo=PARIS)


def move(session, start, end):
    EventSession.objects.filter(pk=session.pk).update(start=start, end=end)
    session.refresh_from_db()
    return session


def after_the_session(session):
    """Yesterday from 10:00 to 12:00 site time: over, and on one day whatever the hour the
    tests run at (three hours ago crossed midnight when run between 01:00 and 03:00)."""
    yesterday = timezone.localtime() - datetime.timedelta(days=1)
    start = yesterday.replace(hour=10, minute=0, second=0, microsecond=0)
    return move(session, start, start + datetime.timedelta(hours=2))


# --- The QR code in emails and on the manage page ----------------------------------------------


def related_images(message):
    return [p for p in message.message().walk() if p.get_content_type() == "image/png"]


def test_the_confirmation_carries_the_code_inline_and_never_in_the_invite(
    site_tree, django_capture_on_commit_callbacks
):
    _event, session = workshop(site_tree, capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        person = register(session, 1, first_name="Zoé", last_name="Lefèvre").registration
    (message,) = mail.outbox
    parsed = message.message()
    related = [p for p in parsed.walk() if p.get_content_type() == "multipart/related"]
    assert [p.get_content_type() for p in related[0].get_payload()] == ["text/html", "image/png"]
    (image,) = related_images(message)
    assert image["Content-ID"] == "<code-entree>"
    assert image.get_content_disposition() == "inline"
    assert image.get_payload(decode=True) == entry_codes.png(person.check_in_secret)
    html = html_part(message)
    assert '<img src="cid:code-entree" width="180" height="180"' in html
    assert f"/inscriptions/gerer/{person.token}/#code-entree" in html
    assert f"/inscriptions/gerer/{person.token}/#code-entree" in message.body
    invite = calendar_part(message).get_payload(decode=True).decode()
    assert person.check_in_secret not in invite and "code" not in invite.lower()
    attached = next(p for p in parsed.walk() if p.get_filename() == "invitation.ics")
    # Attached as UTF-8 bytes: accents survive (a str would be written raw-unicode-escape).
    assert "Lefèvre" in attached.get_payload(decode=True).decode("utf-8")
    assert person.check_in_secret not in attached.get_payload(decode=True).decode()


def test_the_code_goes_with_a_promotion_but_not_with_a_waiting_list_place_or_online(
    site_tree, django_capture_on_commit_callbacks
):
    _event, session = workshop(site_tree, capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        first = register(session, 1).registration
        register(session, 2)
    assert [len(related_images(m)) for m in mail.outbox] == [1, 0]  # confirmed, waiting
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        attendance_rules_cancel(first)
    promoted = outbox_to("camille2@example.org")
    assert len(related_images(promoted[0])) == 1

    online = make_event(
        site_tree.programme, title="Webinaire", mode=EventMode.ONLINE, online_url="https://x.fr"
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        register(EventSession.objects.get(event=online), 3)
    (message,) = mail.outbox
    assert related_images(message) == [] and "cid:" not in html_part(message)


def attendance_rules_cancel(registration):
    from registrations import services

    services.cancel(registration)


def test_the_manage_page_shows_the_code_but_never_its_secret_as_text(site_tree, client):
    _event, session = workshop(site_tree, capacity=1)
    person = register_person(session, "Zoé", "Lefèvre")
    html = client.get(f"/fr/inscriptions/gerer/{person.token}/").content.decode()
    assert '<h2 id="code-entree">Mon code d\'entrée</h2>' in html
    assert '<svg role="img" aria-label="Code QR d’entrée"' in html
    assert person.check_in_secret not in html

    after_the_session(session)
    html = client.get(f"/fr/inscriptions/gerer/{person.token}/").content.decode()
    assert "code-entree" not in html  # no use any more


# --- The attendance sheet ----------------------------------------------------------------------


@pytest.fixture
def session_with_people(site_tree):
    _event, session = workshop(site_tree, capacity=40)
    people = [
        ("Zoé", "Lefèvre", "DINUM"),
        ("Hugo", "Bernard", "Préfecture"),
        ("Élodie", "Évrard", "Région Bretagne"),
        ("Anaïs", "Dupont", "Ville de Rennes"),
        ("Jean", "Faure", "Ministère"),
    ]
    rows = [
        register_person(session, first, last, organisation) for first, last, organisation in people
    ]
    attendance_rules_cancel(register_person(session, "Karim", "Diallo"))
    return session, rows


def test_the_sheet_has_one_row_per_person_with_a_seat_sorted_without_accents(
    session_with_people,
):
    session, _rows = session_with_people
    make_registrations(session, 2, status="waitlisted")
    text = "\n".join(pages_text(documents.attendance_sheet(session)))
    lines = [line for line in text.splitlines() if line[:1].isdigit()]
    assert lines[:5] == [
        "1 BERNARD Hugo Préfecture",
        "2 DUPONT Anaïs Ville de Rennes",
        "3 ÉVRARD Élodie Région Bretagne",
        "4 FAURE Jean Ministère",
        "5 LEFÈVRE Zoé DINUM",
    ]
    assert lines[5:10] == ["6", "7", "8", "9", "10"]  # for people who came unregistered
    assert "DIALLO" not in text.upper() and "Camille" not in text  # cancelled, waiting
    for expected in [
        "Feuille d'émargement",
        "Atelier design des politiques publiques",
        session_details_when(session),
        "Laboratoire d'innovation, 1 rue de la République, 35000 Rennes",
        "Laboratoire Bretagne",
        "Nom de l'animateur ou de l'animatrice :",
        "Signature :",
        "Page 1 sur 1",
    ]:
        assert expected in text


def session_details_when(session):
    from events.formatting import format_when

    return format_when(session.start, session.end, session.time_zone, "fr")


def test_a_long_sheet_repeats_its_headers_and_numbers_its_pages(site_tree):
    _event, session = workshop(site_tree, capacity=80)
    make_registrations(session, 70)
    content = documents.attendance_sheet(session)
    pages = pages_text(content)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        head = text.split("\n")
        assert "N° Nom Prénom Organisation Signature" in head, number
        assert f"Page {number} sur {len(pages)}" in text
    numbered = [line for page in pages for line in page.splitlines() if line[:1].isdigit()]
    assert len([line for line in numbered if "MARTIN" in line]) == 70
    assert fonts(content) <= {"Marianne", "Marianne-Bold"}


def test_a_session_across_lunch_is_signed_morning_and_afternoon(site_tree):
    _event, session = workshop(site_tree, capacity=5)
    register_person(session, "Zoé", "Lefèvre")
    move(session, at(17, 9, 30), at(17, 17))
    text = pages_text(documents.attendance_sheet(session))[0]
    assert "N° Nom Prénom Organisation Matin Après-midi" in text
    move(session, at(17, 9, 30), at(17, 12, 30))
    assert "Organisation Signature" in pages_text(documents.attendance_sheet(session))[0]
    move(session, at(17, 9, 30), at(18, 16))
    columns = documents.signature_columns(session, "fr")
    assert columns == [
        "mardi 17 novembre 2026, matin",
        "mardi 17 novembre 2026, après-midi",
        "mercredi 18 novembre 2026, matin",
        "mercredi 18 novembre 2026, après-midi",
    ]
    assert documents.duration(session, "fr") == "2 jours"


def test_documents_read_the_static_files_and_nothing_else():
    fetcher = documents.static_files_fetcher()
    font = fetcher.fetch(documents.STATIC_ORIGIN + "/static/dsfr/dist/fonts/Marianne-Bold.woff2")
    assert font.read()[:4] == b"wOF2"
    for url in [
        "https://example.org/tracker.png",
        "http://127.0.0.1:5432/",
        "file:///etc/passwd",
        documents.STATIC_ORIGIN + "/static/../../../../etc/passwd",
        documents.STATIC_ORIGIN + "/media/original_images/x.jpg",
        "data:text/plain,hello",
    ]:
        with pytest.raises(ValueError):
            fetcher.fetch(url)


def test_a_title_cannot_make_the_sheet_fetch_anything(site_tree, monkeypatch):
    _event, session = workshop(
        site_tree, capacity=2, title='Atelier <img src="https://example.org/x.png">"); } *'
    )
    register_person(session, "Zoé", "Lefèvre")
    asked = []
    original = documents._static_file
    monkeypatch.setattr(documents, "_static_file", lambda url: asked.append(url) or original(url))
    text = pages_text(documents.attendance_sheet(session))[0]
    assert 'Atelier <img src="https://example.org/x.png">"); } *' in text.replace("\n", " ")
    assert all(url.startswith(documents.STATIC_ORIGIN + "/static/") for url in asked)


def test_staff_download_the_sheet_with_no_name_in_the_file_name(session_with_people, staff_client):
    session, _rows = session_with_people
    response = staff_client.get(f"/admin/inscriptions/session/{session.pk}/emargement.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        f'attachment; filename="feuille-emargement-session-{session.pk}.pdf"'
    )
    assert "no-store" in response["Cache-Control"]
    assert "LEFÈVRE Zoé DINUM" in pages_text(response.content)[0]
    entry = ModelLogEntry.objects.get(action="registrations.exported")
    assert (entry.user.username, entry.data) == ("staff", {"format": "PDF", "count": 5})


def test_the_sheet_speaks_the_admin_language(session_with_people, staff_client):
    session, _rows = session_with_people
    profile = UserProfile.get_for_user(User.objects.get(username="staff"))
    profile.preferred_language = "en"
    profile.save()
    response = staff_client.get(f"/admin/inscriptions/session/{session.pk}/emargement.pdf")
    text = pages_text(response.content)[0]
    assert "Attendance sheet" in text and "No. Last name First name Organisation" in text
    assert "Page 1 of 1" in text


def test_the_sheet_queries_stay_constant_from_5_to_500_people(site_tree, staff_client):
    _event, small = workshop(site_tree, capacity=500)
    large = EventSession.objects.create(
        event=small.event,
        start=small.start + datetime.timedelta(days=1),
        end=small.end + datetime.timedelta(days=1),
        capacity=500,
    )
    make_registrations(small, 5)
    make_registrations(large, 500)
    counts = []
    staff_client.get(f"/admin/inscriptions/session/{small.pk}/emargement.pdf")  # warm caches
    for session in (small, large):
        with CaptureQueriesContext(connection) as queries:
            response = staff_client.get(f"/admin/inscriptions/session/{session.pk}/emargement.pdf")
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_another_labs_sheet_and_certificates_are_out_of_reach(site_tree, client):
    own_event, _own = workshop(site_tree, capacity=2, title="Atelier du Ti-Lab")
    other_event = make_event(
        site_tree.programme,
        title="Atelier de la DITP",
        organiser=make_organisation(name="DITP", slug="ditp"),
    )
    other = EventSession.objects.get(event=other_event)
    theirs = register_person(other, "Hugo", "Bernard")
    after_the_session(other)
    services.check_in(theirs)
    user = User.objects.create_user("labo", "labo@example.org", "pw")
    grant_lab_staff_role(user, own_event.organiser)
    client.force_login(user)
    for url in [
        f"/admin/inscriptions/session/{other.pk}/emargement.pdf",
        f"/admin/inscriptions/session/{other.pk}/attestations/",
        f"/admin/inscriptions/session/{other.pk}/absences/",
        f"/admin/inscriptions/inscription/{theirs.pk}/attestation.pdf",
        f"/admin/inscriptions/inscription/{theirs.pk}/nouveau-code/",
    ]:
        assert client.get(url, follow=True).status_code == 404, url
        assert client.post(url, {"action": "mark"}, follow=True).status_code in (404, 405), url
    assert not OutboundEmail.objects.exists()
    theirs.refresh_from_db()
    assert theirs.no_show_at is None


# --- Certificates ------------------------------------------------------------------------------


@pytest.fixture
def attended(site_tree):
    """A session that took place: Zoé (French) and Emma (English) came, Hugo did not,
    Inès waited, Paul was added without an address and came."""
    _event, session = workshop(site_tree, capacity=4)
    zoe = register(session, 1, first_name="Zoé", last_name="Lefèvre", notify=False).registration
    emma = register(
        session, 2, first_name="Emma", last_name="Smith", language="en", notify=False
    ).registration
    hugo = register(session, 3, first_name="Hugo", last_name="Bernard", notify=False).registration
    paul = register(session, 4, first_name="Paul", last_name="Martin", notify=False).registration
    Registration.objects.filter(pk=paul.pk).update(email="")
    ines = register(session, 5, first_name="Inès", last_name="Moreau", notify=False).registration
    after_the_session(session)
    for person in (zoe, emma, paul):
        services.check_in(person)
    return session, {"zoe": zoe, "emma": emma, "hugo": hugo, "paul": paul, "ines": ines}


def pdf_of(message):
    ((name, content, mimetype),) = message.attachments
    assert (name, mimetype) in [
        ("attestation-de-participation.pdf", "application/pdf"),
        ("certificate-of-attendance.pdf", "application/pdf"),
    ]
    return name, "\n".join(pages_text(content))


def test_certificates_go_to_checked_in_people_only_in_their_language(
    attended, staff_client, django_capture_on_commit_callbacks
):
    session, people = attended
    url = f"/admin/inscriptions/session/{session.pk}/attestations/"
    page = staff_client.get(url).content.decode()
    assert "3 présences pointées" in page
    assert (
        "Envoyer l&#x27;attestation aux 2 personnes qui ne l&#x27;ont pas encore reçue ?" in (page)
        or "Envoyer l'attestation aux 2 personnes qui ne l'ont pas encore reçue ?" in page
    )
    assert "1 personne sans adresse électronique" in page

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(url, follow=True)
    assert "Attestations mises en file d&#x27;envoi : 2." in response.content.decode()
    assert sorted(m.to[0] for m in mail.outbox) == ["camille1@example.org", "camille2@example.org"]

    (french,) = outbox_to("camille1@example.org")
    assert french.subject == (
        "Attestation de participation : Atelier design des politiques publiques"
    )
    name, text = pdf_of(french)
    assert name == "attestation-de-participation.pdf"
    assert "Laboratoire Bretagne atteste que Zoé Lefèvre a participé à la session suivante" in (
        text.replace("\n", " ")
    )
    assert "Durée 2 heures" in text

    (english,) = outbox_to("camille2@example.org")
    assert english.subject.startswith("Certificate of attendance: ")
    name, text = pdf_of(english)
    assert name == "certificate-of-attendance.pdf"
    assert "Certificate of attendance" in text and "Emma Smith" in text
    assert "Duration 2 hours" in text
    entry = ModelLogEntry.objects.get(action="registrations.certificates_sent")
    assert (entry.user.username, entry.data) == ("staff", {"count": 2})

    # A second click sends nobody twice; "again" sends everyone with an address.
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(url)
    assert len(mail.outbox) == 2
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(url, {"again": "1"})
    assert len(mail.outbox) == 4


def test_certificates_survive_a_failing_mail_server(
    attended, settings, django_capture_on_commit_callbacks
):
    session, _people = attended
    settings.EMAIL_BACKEND = "tests.test_emails.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_certificates(session) == 2
    emails = OutboundEmail.objects.filter(kind="certificate")
    assert [(e.sent_at, e.attempts) for e in emails] == [(None, 1), (None, 1)]
    assert all("SMTP server down" in e.last_error for e in emails)

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    emails.update(created_at=timezone.now() - datetime.timedelta(hours=1))
    call_command("resend_unsent_emails")
    assert len(mail.outbox) == 2
    assert all(m.attachments for m in mail.outbox)


def test_certificates_wait_for_the_session_to_start(site_tree):
    _event, session = workshop(site_tree, capacity=2)
    register_person(session, "Zoé", "Lefèvre")
    with pytest.raises(services.RegistrationError):
        services.send_certificates(session)


def test_a_participant_downloads_their_certificate_once_checked_in(attended, client):
    _session, people = attended
    hugo = people["hugo"]
    url = f"/fr/inscriptions/gerer/{hugo.token}/attestation.pdf"
    assert client.get(url).status_code == 404  # not checked in
    assert (
        "attestation.pdf"
        not in client.get(f"/fr/inscriptions/gerer/{hugo.token}/").content.decode()
    )

    emma = people["emma"]
    manage = client.get(f"/en/inscriptions/gerer/{emma.token}/").content.decode()
    assert f"/inscriptions/gerer/{emma.token}/attestation.pdf" in manage
    response = client.get(f"/en/inscriptions/gerer/{emma.token}/attestation.pdf")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="certificate-of-attendance.pdf"'
    assert "no-store" in response["Cache-Control"]
    assert "Emma Smith" in pages_text(response.content)[0]

    Registration.objects.filter(pk=emma.pk).update(anonymised_at=timezone.now())
    assert client.get(f"/en/inscriptions/gerer/{emma.token}/attestation.pdf").status_code == 404


def test_staff_print_the_certificate_of_someone_without_an_address(attended, staff_client):
    _session, people = attended
    paul = people["paul"]
    response = staff_client.get(f"/admin/inscriptions/inscription/{paul.pk}/attestation.pdf")
    assert response.status_code == 200
    assert "Paul Martin" in pages_text(response.content)[0]
    hugo = people["hugo"]
    response = staff_client.get(
        f"/admin/inscriptions/inscription/{hugo.pk}/attestation.pdf", follow=True
    )
    assert response.status_code == 404


def test_a_certificate_downloaded_by_staff_is_named_in_its_own_language(attended, staff_client):
    _session, people = attended
    response = staff_client.get(
        f"/admin/inscriptions/inscription/{people['emma'].pk}/attestation.pdf"
    )
    assert response["Content-Disposition"] == 'attachment; filename="certificate-of-attendance.pdf"'
    assert "Certificate of attendance" in pages_text(response.content)[0]
