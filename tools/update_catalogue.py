"""Refresh the English catalogue from the code, then fill it from translation maps.

    .venv/bin/python tools/update_catalogue.py          # update locale/en/.../django.po
    .venv/bin/python tools/update_catalogue.py --check  # fail if a msgid is missing or untranslated

French is the source language: msgids are French, ``locale/en`` holds the English text.
Maps in ``tools/i18n/*.json`` ({"msgid": "English"}, plurals as "singular||plural") fill
entries that are still empty; the .po file stays the reference once filled.
"""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib
from french_admin_wording import admin_wording_entries

ROOT = Path(__file__).resolve().parent.parent
PO_PATH = ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"
# French needs a catalogue of its own for plurals only: without one, gettext falls back to the
# msgids with the English rule, and "0 personne inscrite" comes out as "0 personnes inscrites".
FRENCH_PLURALS_PATH = ROOT / "locale" / "fr" / "LC_MESSAGES" / "django.po"
FRENCH_PLURAL_FORMS = "nplurals=2; plural=(n > 1);"
IGNORED = [".venv", "node_modules", "tests", "benchmarks", "staticfiles", "media", "tools"]


def run_makemessages(root=ROOT):
    command = [
        sys.executable,
        "manage.py",
        "makemessages",
        "-l",
        "en",
        "--no-obsolete",
        "--no-location",
    ]
    for pattern in IGNORED:
        command += ["--ignore", pattern]
    subprocess.run(command, cwd=root, check=True, capture_output=True)


def load_maps():
    translations = {}
    for path in sorted((ROOT / "tools" / "i18n").glob("*.json")):
        translations.update(json.loads(path.read_text(encoding="utf-8")))
    return translations


def fill(catalogue, translations):
    for entry in catalogue:
        if "fuzzy" in entry.flags:
            # msgmerge's guesses from a similar msgid are wrong more often than not.
            entry.flags.remove("fuzzy")
            entry.previous_msgid = entry.previous_msgid_plural = None
            entry.msgstr = ""
            entry.msgstr_plural = {0: "", 1: ""} if entry.msgid_plural else {}
        if entry.msgid_plural:
            key = f"{entry.msgid}||{entry.msgid_plural}"
            if key in translations and not any(entry.msgstr_plural.values()):
                singular, plural = translations[key].split("||")
                entry.msgstr_plural = {0: singular, 1: plural}
        elif not entry.msgstr and entry.msgid in translations:
            entry.msgstr = translations[entry.msgid]


def untranslated(catalogue):
    missing = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        done = all(entry.msgstr_plural.values()) if entry.msgid_plural else bool(entry.msgstr)
        if not done or "fuzzy" in entry.flags:
            missing.append(entry.msgid)
    return missing


def french_plurals(catalogue):
    """The French catalogue: Wagtail's admin wording for locales (french_admin_wording.py),
    then the plural entries of the project's strings, whose msgids are the French text."""
    french = polib.POFile(wrapwidth=catalogue.wrapwidth)
    french.header = (
        "Written by tools/update_catalogue.py: do not edit. Wagtail's French admin calls a\n"
        "language a « région » (Locale), and the project's plurals need the French rule."
    )
    french.metadata = {
        "Language": "fr",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": FRENCH_PLURAL_FORMS,
    }
    for entry in admin_wording_entries():
        french.append(entry)
    for entry in catalogue:
        if entry.msgid_plural and not entry.obsolete:
            french.append(
                polib.POEntry(
                    msgctxt=entry.msgctxt,
                    msgid=entry.msgid,
                    msgid_plural=entry.msgid_plural,
                    msgstr_plural={0: entry.msgid, 1: entry.msgid_plural},
                )
            )
    return french


def check():
    """Compare the committed catalogue with what makemessages finds, in a scratch copy."""
    committed = polib.pofile(str(PO_PATH)) if PO_PATH.exists() else polib.POFile()
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "project"
        shutil.copytree(
            ROOT,
            copy,
            ignore=shutil.ignore_patterns(*IGNORED, ".git", "*.sqlite3*", "__pycache__", "*.mo"),
        )
        run_makemessages(copy)
        found = polib.pofile(str(copy / PO_PATH.relative_to(ROOT)))
    known = {(e.msgctxt, e.msgid) for e in committed}
    new = [e.msgid for e in found if (e.msgctxt, e.msgid) not in known]
    missing = untranslated(committed)
    for msgid in new:
        print(f"not in the catalogue: {msgid!r}")
    for msgid in missing:
        print(f"not translated: {msgid!r}")
    stale = FRENCH_PLURALS_PATH.exists() and (
        str(french_plurals(committed)) != FRENCH_PLURALS_PATH.read_text(encoding="utf-8")
    )
    if not FRENCH_PLURALS_PATH.exists() or stale:
        print(f"{FRENCH_PLURALS_PATH.relative_to(ROOT)} is out of date: run this tool")
    return 1 if new or missing or stale or not FRENCH_PLURALS_PATH.exists() else 0


def main():
    if "--check" in sys.argv:
        sys.exit(check())
    run_makemessages()
    catalogue = polib.pofile(str(PO_PATH))
    catalogue.metadata["Language"] = "en"
    catalogue.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    catalogue.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
    fill(catalogue, load_maps())
    catalogue.save(str(PO_PATH))
    FRENCH_PLURALS_PATH.parent.mkdir(parents=True, exist_ok=True)
    FRENCH_PLURALS_PATH.write_text(str(french_plurals(catalogue)), encoding="utf-8")
    missing = untranslated(catalogue)
    print(f"{len(catalogue)} entries, {len(missing)} untranslated")
    for msgid in missing:
        print(f"  {msgid!r}")


if __name__ == "__main__":
    main()
