"""Spreadsheet import: template, preview row by row, nothing before confirming, idempotence."""

import datetime
import re

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.models import WorkflowState

from events.models import EventPage, EventSession
from proposals import spreadsheet
from proposals.models import ImportedEvent
from tests.proposal_support import Taxonomy, editor

HEADER = ",".join(spreadsheet.COLUMN_NAMES)


@pytest.fixture
def taxonomy(site_tree):
    return Taxonomy()


@pytest.fixture
def team(db, taxonomy):
    browser = Client()
    browser.force_login(editor())
    return browser


def row(**values):
    base = {
        "identifiant": "atelier-rennes",
        "titre": "Atelier à Rennes",
        "resume": "Un atelier.",
        "format": "atelier",
        "thematiques": "experience-usager",
        "region": "Bretagne",
        "organisateur": "ditp",
        "modalite": "sur place",
        "adresse": "Rennes",
        "date": "2027-11-16",
        "debut": "14:00",
        "fin": "16:00",
        "capacite": "20",
    }
    base.update(values)
    return ",".join(f'"{base.get(name, "")}"' for name in spreadsheet.COLUMN_NAMES)


def csv_file(*rows, name="programme.csv"):
    content = "\n".join([HEADER, *rows]).encode()
    return SimpleUploadedFile(name, content, content_type="text/csv")


def preview(team, upload):
    return team.post("/admin/import-evenements/", {"file": upload})


def payload(html):
    return re.search(r'name="payload" value="([^"]+)"', html).group(1)


def test_the_template_downloads_in_both_formats(team):
    csv = team.get("/admin/import-evenements/modele.csv")
    assert csv.status_code == 200
    assert csv.content.decode("utf-8-sig").splitlines()[0] == HEADER
    xlsx = team.get("/admin/import-evenements/modele.xlsx")
    import io

    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    assert [cell.value for cell in sheet[1]] == spreadsheet.COLUMN_NAMES
    page = team.get("/admin/import-evenements/").content.decode()
    assert "thematiques" in page and "Obligatoire" in page


def test_the_preview_shows_each_row_and_its_errors_and_creates_nothing(team):
    upload = csv_file(
        row(),
        row(date="2027-11-18", debut="09:30", fin="11:00", fuseau="Indian/Reunion"),
        row(identifiant="webinaire", titre="Webinaire", thematiques="inconnue", date="31/02/2027"),
        row(identifiant="sans-titre", titre="", format="rien"),
    )
    response = preview(team, upload)
    assert response.status_code == 200
    html = response.content.decode()
    assert "1 événement sera créé en brouillon." in html
    assert "2 événements ont des erreurs" in html
    assert "Thématique inconnue : « inconnue »." in html
    assert "Date non valide : « 31/02/2027 »" in html
    assert "Colonne « titre » vide." in html and "Format inconnu : « rien »." in html
    assert 'data-row="2"' in html and 'data-row="5"' in html
    assert "16/11/2027 14:00–16:00 (Europe/Paris)" in html
    assert "18/11/2027 09:30–11:00 (Indian/Reunion)" in html
    assert EventPage.objects.count() == 0 and ImportedEvent.objects.count() == 0


def test_confirming_creates_drafts_in_the_workflow_with_local_times_and_twice_creates_nothing(
    team, taxonomy
):
    upload = csv_file(
        row(),
        row(date="2027-11-18", debut="09:30", fin="11:00", fuseau="Indian/Reunion"),
        row(
            identifiant="webinaire",
            titre="Webinaire",
            modalite="en ligne",
            lien_connexion="https://visio.example.org/w",
        ),
    )
    html = preview(team, upload).content.decode()
    done = team.post("/admin/import-evenements/", {"payload": payload(html)})
    assert "2 brouillons créés" in done.content.decode()
    pages = EventPage.objects.order_by("title")
    assert [p.title for p in pages] == ["Atelier à Rennes", "Webinaire"]
    workshop = pages[0]
    assert not workshop.live and workshop.owner is None
    assert workshop.region == taxonomy.region and workshop.organiser == taxonomy.organisation
    sessions = list(EventSession.objects.filter(event=workshop).order_by("start"))
    assert sessions[0].start == datetime.datetime(2027, 11, 16, 13, 0, tzinfo=datetime.UTC)
    assert sessions[1].start == datetime.datetime(2027, 11, 18, 5, 30, tzinfo=datetime.UTC)
    assert sessions[1].time_zone == "Indian/Reunion" and sessions[0].capacity == 20
    for page in pages:
        state = WorkflowState.objects.get(object_id=str(page.pk))
        assert state.workflow.name == "Validation du programme"
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
    # The same file again: a preview that says so, and nothing new.
    again = preview(
        team,
        csv_file(
            row(),
            row(date="2027-11-18", debut="09:30", fin="11:00"),
            row(identifiant="webinaire", titre="Webinaire"),
        ),
    )
    html = again.content.decode()
    assert "0 événement sera créé" in html and "2 événements déjà importés seront ignorés." in html
    assert 'id="import-confirm"' not in html
    team.post("/admin/import-evenements/", {"payload": payload(html)})
    # The first preview, confirmed twice (a double click), neither.
    team.post(
        "/admin/import-evenements/",
        {"payload": payload(preview(team, csv_file(row())).content.decode())},
    )
    assert EventPage.objects.count() == 2 and ImportedEvent.objects.count() == 2


def test_an_xlsx_with_date_and_time_cells(team):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(spreadsheet.COLUMN_NAMES)
    values = dict(zip(spreadsheet.COLUMN_NAMES, [""] * len(spreadsheet.COLUMN_NAMES), strict=True))
    values.update(
        identifiant="x1",
        titre="Hackathon",
        resume="Deux jours.",
        format="Atelier participatif",
        thematiques="Expérience usager",
        date=datetime.date(2027, 11, 20),
        debut=datetime.time(9, 0),
        fin=datetime.time(18, 0),
        capacite=50,
        modalite="hybride",
        adresse="Lyon",
    )
    sheet.append([values[name] for name in spreadsheet.COLUMN_NAMES])
    import io

    buffer = io.BytesIO()
    book.save(buffer)
    upload = SimpleUploadedFile("prog.xlsx", buffer.getvalue())
    html = preview(team, upload).content.decode()
    assert "1 événement sera créé en brouillon." in html, html[-3000:]
    assert "20/11/2027 09:00–18:00 (Europe/Paris)" in html
    team.post("/admin/import-evenements/", {"payload": payload(html)})
    page = EventPage.objects.get()
    assert page.mode == "hybrid" and page.sessions.get().capacity == 50


def test_bad_files_and_a_forged_preview_are_refused_with_a_message(team):
    missing = preview(team, SimpleUploadedFile("p.csv", b"titre,date\nA,2027-11-16\n"))
    assert missing.status_code == 400
    assert "Colonnes manquantes" in missing.content.decode()
    other = preview(team, SimpleUploadedFile("p.pdf", b"%PDF"))
    assert "Choisissez un fichier CSV ou XLSX." in other.content.decode()
    forged = team.post("/admin/import-evenements/", {"payload": "forged"})
    assert forged.status_code == 400
    assert EventPage.objects.count() == 0


def test_people_without_the_permission_cannot_import(db, site_tree):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("x", "x@example.org", "pw", is_staff=True)
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    browser = Client()
    browser.force_login(user)
    # Wagtail turns the refusal into a redirect to the dashboard with its message.
    for url in ("/admin/import-evenements/", "/admin/import-evenements/modele.csv"):
        response = browser.get(url)
        assert response.status_code == 302 and response["Location"] == "/admin/"
    assert browser.post("/admin/import-evenements/", {"payload": "x"}).status_code == 302
