"""The placeholders staff may write in a message to registrants, and their filling in.

One list for the form that checks a message and the rule that personalises it: a message
is refused before sending when it names a placeholder that does not exist, so that nobody
receives « Bonjour {prenon} ».
"""

import re

from django.utils.translation import gettext_lazy as _

# Name -> (what it becomes, from the person's registration). French and English names.
PLACEHOLDERS = {
    "prénom": "first_name",
    "first_name": "first_name",
    "nom": "last_name",
    "last_name": "last_name",
}
HELP = _(
    "Vous pouvez écrire {prénom} et {nom} (ou {first_name} et {last_name}) : chaque personne y lit les siens."
)

_PATTERN = re.compile(r"\{([^{}\n]{0,40})\}")


def unknown(text: str) -> list[str]:
    """The placeholders of ``text`` that do not exist, as written, in order, once each."""
    seen = []
    for match in _PATTERN.finditer(text):
        name = match.group(1).strip()
        if name not in PLACEHOLDERS and match.group(0) not in seen:
            seen.append(match.group(0))
    return seen


def fill(text: str, person) -> str:
    """``text`` with each placeholder replaced by what ``person`` (any object with a first
    and a last name) registered with."""

    def value(match):
        field = PLACEHOLDERS.get(match.group(1).strip())
        return str(getattr(person, field, "") or "") if field else match.group(0)

    return _PATTERN.sub(value, text)
