"""Spreadsheets of events: the documented columns, reading CSV and XLSX, the template.

One row per session (``proposals.importer`` checks the rows and creates the drafts).
"""

import csv
import io

from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from common.text import folded

# (column, required, what it holds): the order of the template file.
COLUMNS = [
    (
        "identifiant",
        False,
        gettext_lazy(
            "Identifiant stable de l'événement ; à défaut, son titre. Les lignes d'un même identifiant sont les sessions d'un même événement."
        ),
    ),
    ("titre", True, gettext_lazy("Titre de l'événement.")),
    ("resume", True, gettext_lazy("Une ou deux phrases pour le programme.")),
    (
        "description",
        False,
        gettext_lazy("Texte de la page ; paragraphes séparés par une ligne vide."),
    ),
    (
        "format",
        True,
        gettext_lazy(
            "Format, par son nom ou son identifiant d'adresse (par exemple « webinaire »)."
        ),
    ),
    (
        "thematiques",
        True,
        gettext_lazy(
            "Une ou plusieurs thématiques séparées par « ; », par leur nom ou identifiant."
        ),
    ),
    (
        "region",
        False,
        gettext_lazy("Région, par son nom ou identifiant ; vide pour un événement national."),
    ),
    ("organisateur", False, gettext_lazy("Organisation, par son nom ou identifiant.")),
    (
        "modalite",
        False,
        gettext_lazy("« sur place », « en ligne » ou « hybride » (sur place par défaut)."),
    ),
    ("lieu", False, gettext_lazy("Nom du lieu.")),
    ("adresse", False, gettext_lazy("Adresse du lieu.")),
    ("lien_connexion", False, gettext_lazy("Lien de connexion d'un événement en ligne.")),
    ("lien_inscription", False, gettext_lazy("Lien d'inscription externe, s'il y en a un.")),
    ("courriel_contact", False, gettext_lazy("Adresse de contact publiée sur la page.")),
    ("date", True, gettext_lazy("Date de la session : AAAA-MM-JJ ou JJ/MM/AAAA.")),
    ("debut", True, gettext_lazy("Heure de début, HH:MM, à l'heure locale du fuseau.")),
    ("fin", True, gettext_lazy("Heure de fin, HH:MM.")),
    (
        "fuseau",
        False,
        gettext_lazy("Fuseau horaire (par défaut Europe/Paris), par exemple Indian/Reunion."),
    ),
    ("capacite", False, gettext_lazy("Nombre de places (30 par défaut).")),
]
COLUMN_NAMES = [name for name, _required, _help in COLUMNS]
EXAMPLE = {
    "identifiant": "mip-atelier-design-2027",
    "titre": "Atelier de design de services",
    "resume": "Concevoir un service public avec ses usagers.",
    "description": "Un atelier pratique.",
    "format": "atelier",
    "thematiques": "experience-usager",
    "region": "bretagne",
    "organisateur": "ditp",
    "modalite": "sur place",
    "lieu": "Préfecture",
    "adresse": "3 avenue de la Préfecture, 35000 Rennes",
    "date": "2027-11-16",
    "debut": "14:00",
    "fin": "16:30",
    "fuseau": "Europe/Paris",
    "capacite": "30",
}
MAX_ROWS = 2000


class ImportFileError(Exception):
    """The file cannot be read at all (its message says why, translated)."""


# --- Reading ------------------------------------------------------------------------------


def _header(name):
    return slugify(folded(str(name or "")).strip()).replace("-", "_")


def read_rows(content: bytes, filename: str):
    """[{column: text}] from a CSV (UTF-8, "," or ";") or XLSX file's first sheet."""
    if filename.lower().endswith(".xlsx"):
        table = _xlsx(content)
    elif filename.lower().endswith(".csv"):
        table = _csv(content)
    else:
        raise ImportFileError(_("Choisissez un fichier CSV ou XLSX."))
    table = [row for row in table if any(str(cell or "").strip() for cell in row)]
    if not table:
        raise ImportFileError(_("Le fichier est vide."))
    header = [_header(cell) for cell in table[0]]
    missing = [name for name, required, _help in COLUMNS if required and name not in header]
    if missing:
        raise ImportFileError(
            _("Colonnes manquantes : %(columns)s. Partez du modèle à télécharger.")
            % {"columns": ", ".join(missing)}
        )
    if len(table) - 1 > MAX_ROWS:
        raise ImportFileError(_("Le fichier dépasse %(max)s lignes.") % {"max": MAX_ROWS})
    return [
        {name: cells[index] if index < len(cells) else "" for index, name in enumerate(header)}
        for cells in table[1:]
    ]


def _csv(content):
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(_("Le fichier CSV doit être encodé en UTF-8.")) from error
    dialect = csv.excel
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        pass
    return list(csv.reader(io.StringIO(text), dialect))


def _xlsx(content):
    import openpyxl  # noqa: PLC0415 (loaded by the import screen only)

    try:
        book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:
        raise ImportFileError(_("Ce fichier XLSX ne peut pas être lu.")) from error
    sheet = book.worksheets[0]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


# --- The template -------------------------------------------------------------------------


def rows_csv(rows):
    """A CSV of ``rows`` ({column: text}) under the header, with the BOM spreadsheets expect."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMN_NAMES)
    for row in rows:
        writer.writerow([row.get(name, "") for name in COLUMN_NAMES])
    return "\ufeff" + buffer.getvalue()


def template_csv():
    return rows_csv([EXAMPLE])


def template_xlsx(rows=None):
    import openpyxl  # noqa: PLC0415

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "evenements"
    sheet.append(COLUMN_NAMES)
    for row in rows or [EXAMPLE]:
        sheet.append([row.get(name, "") for name in COLUMN_NAMES])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
