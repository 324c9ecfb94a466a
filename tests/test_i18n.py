import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
PO_PATH = ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"


def test_english_catalogue_has_every_string_of_the_code_translated():
    result = subprocess.run(
        [sys.executable, "tools/update_catalogue.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_english_catalogue_is_compiled_by_the_setup():
    mo_path = PO_PATH.with_suffix(".mo")
    assert mo_path.exists(), "make messages builds the .mo file"
    compiled = polib.mofile(str(mo_path))
    source = polib.pofile(str(PO_PATH))
    assert len(compiled.translated_entries()) == len(source.translated_entries())


def test_french_plurals_follow_the_french_rule():
    """0 and 1 take the singular in French: "0 place restante", not "0 places restantes"."""
    from django.utils import translation

    entries = [e for e in polib.pofile(str(PO_PATH)) if e.msgid_plural and not e.msgctxt]
    assert entries
    with translation.override("fr"):
        for entry in entries:
            assert translation.ngettext(entry.msgid, entry.msgid_plural, 0) == entry.msgid
            assert translation.ngettext(entry.msgid, entry.msgid_plural, 1) == entry.msgid
            assert translation.ngettext(entry.msgid, entry.msgid_plural, 2) == entry.msgid_plural
    with translation.override("en"):
        entry = entries[0]
        assert translation.ngettext(entry.msgid, entry.msgid_plural, 0) == entry.msgstr_plural[1]
