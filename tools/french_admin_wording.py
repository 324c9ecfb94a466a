"""Wagtail's French admin without « région » for a locale, for locale/fr/LC_MESSAGES/django.po.

Wagtail's and wagtail-localize's French catalogues translate "Locale" as « Région », so the
admin shows « Régions* » beside the regions of the programme (a taxonomy of places). The
project's catalogue comes first (LOCALE_PATHS), so these entries say « Langue » instead.

tools/update_catalogue.py writes these entries into the French catalogue, beside the French
plural entries of the project's own strings; run it after upgrading Wagtail.
"""

import sys
from pathlib import Path

import polib


def fix(text):
    for before, after in [
        ("Régions", "Langues"),
        ("régions", "langues"),
        ("Région", "Langue"),
        ("région", "langue"),
    ]:
        text = text.replace(before, after)
    return text


def admin_wording_entries():
    """Wagtail's French entries that name a locale « région », reworded, in this site's
    plural rule (``plural=(n > 1)``: two forms)."""
    site_packages = Path(sys.prefix) / "lib"
    catalogues = sorted(
        site_packages.glob("python3*/site-packages/wagtail*/**/fr/LC_MESSAGES/django.po")
    )
    entries = []
    seen = set()
    for path in catalogues:
        for entry in polib.pofile(str(path)):
            texts = [entry.msgstr, *entry.msgstr_plural.values()]
            if entry.obsolete or "ocale" not in entry.msgid + entry.msgid_plural:
                continue
            if not any("égion" in text for text in texts) or (entry.msgctxt, entry.msgid) in seen:
                continue
            seen.add((entry.msgctxt, entry.msgid))
            plurals = {k: fix(v) for k, v in entry.msgstr_plural.items()}
            if plurals:
                plurals = {0: plurals[0], 1: plurals.get(1) or plurals[max(plurals)]}
            entries.append(
                polib.POEntry(
                    msgid=entry.msgid,
                    msgctxt=entry.msgctxt,
                    msgid_plural=entry.msgid_plural,
                    msgstr="" if entry.msgid_plural else fix(entry.msgstr),
                    msgstr_plural=plurals,
                    flags=[flag for flag in entry.flags if flag != "fuzzy"],
                )
            )
    return entries
