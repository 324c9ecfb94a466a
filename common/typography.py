"""French typography on output: the spaces, apostrophes and ordinals a French reader expects.

Applied to the text of HTML (rich text, titles), never inside a tag, an attribute, a URL, an
email address or ``<code>``/``<pre>``/``<script>``/``<style>``. Editors type plain spaces and
straight apostrophes; the page shows « 1er novembre », « l’équipe », a narrow no-break space
before ! ? ; and a no-break space before : and inside « », so that no sign wraps alone.
"""

import re

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"

_TAG = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9]*)")
_UNTOUCHED = {"code", "pre", "script", "style", "textarea", "kbd", "samp"}
# URLs and addresses stay as typed (a colon or a ? in them is not punctuation).
_VERBATIM = re.compile(r"(\b(?:https?://|www\.)\S+|\S+@\S+\.\S+)")
_APOSTROPHE = re.compile(r"(?<=\w)(?:'|&#x27;|&#39;)(?=\w)")
_BEFORE_HIGH = re.compile(r"[ \u00a0]+([!?;])")
_BEFORE_COLON = re.compile(r"[ \u00a0\u202f]+:")
_OPENING = re.compile(r"«[ \u00a0\u202f]*")
_CLOSING = re.compile(r"[ \u00a0\u202f]*»")
_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_FIRST = re.compile(rf"\b1[ \u00a0](?=(?:{_MONTHS})\b)")


def _text(text):
    parts = _VERBATIM.split(text)
    for index in range(0, len(parts), 2):
        part = _APOSTROPHE.sub("\u2019", parts[index])
        part = _BEFORE_HIGH.sub(NARROW_NBSP + r"\1", part)
        part = _BEFORE_COLON.sub(NBSP + ":", part)
        part = _OPENING.sub("«" + NBSP, part)
        part = _CLOSING.sub(NBSP + "»", part)
        parts[index] = _FIRST.sub("1er" + NBSP, part)
    return "".join(parts)


def french(html):
    """``html`` (a fragment, already escaped) with French typography in its text."""
    pieces = _TAG.split(html)
    untouched = 0
    for index, piece in enumerate(pieces):
        if index % 2:
            name = _TAG_NAME.match(piece)
            if name and name.group(1).lower() in _UNTOUCHED and not piece.endswith("/>"):
                untouched = max(0, untouched + (-1 if piece.startswith("</") else 1))
        elif piece and not untouched:
            pieces[index] = _text(piece)
    return "".join(pieces)
