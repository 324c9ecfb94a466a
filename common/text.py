"""Text helpers shared by every floor: one home each, no Django model in here."""

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter and an accent.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def folded(text):
    """Lower case without accents, for matching and sorting as a French reader expects."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def french_sort_key(text):
    """Sort key putting « Île-de-France » among the I and « État » among the E.

    Accents and case only break ties, so « Ecole » and « École » stay side by side in
    a stable order, and ligatures sort as their two letters (« œ » as « oe »).
    """
    text = text or ""
    return (folded(text.translate(_LIGATURES)), text)


def matches_words(words, *texts):
    """True when every folded word occurs in one of ``texts`` (accents and case aside)."""
    haystack = " ".join(folded((text or "").translate(_LIGATURES)) for text in texts)
    return all(folded(word.translate(_LIGATURES)) in haystack for word in words)


def normalise_email(email):
    """The form an address is stored, compared and rate-limited in.

    Unicode NFKC first (a full-width "ａ" is an "a", a ligature two letters), then case.
    Format characters (zero-width spaces, bidi marks) are invisible and NFKC keeps them:
    forms refuse them before anything is compared (``format_characters``); here they are
    dropped as well, so that no caller can store or count an address that looks like
    another one."""
    normalised = unicodedata.normalize("NFKC", email).strip().lower()
    return "".join(char for char in normalised if unicodedata.category(char) != "Cf")


def format_characters(text):
    """The invisible format characters (Unicode category Cf) in ``text``, as code points."""
    return [f"U+{ord(char):04X}" for char in text if unicodedata.category(char) == "Cf"]


def ascii_digits(text):
    """Whether ``text`` is an integer as a person types it: ASCII digits, maybe a sign."""
    return re.fullmatch(r"[+-]?[0-9]+", text.strip()) is not None
