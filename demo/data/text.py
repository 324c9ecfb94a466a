"""Small builders that keep the data files readable: body blocks and rich text.

A body is a list of blocks; the French and English bodies of one page must have the same
shape (same blocks, same number of paragraphs in each) so that each English string
translates the French string at the same place.
"""

from html import escape


class UL(tuple):
    """A bulleted list inside a rich text paragraph block."""

    def __new__(cls, *items):
        return super().__new__(cls, items)


class OL(UL):
    """A numbered list inside a rich text paragraph block."""


def H(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def P(*parts):
    """A rich text block: strings become paragraphs, UL/OL become lists.

    Strings may hold inline markup (<b>, <i>, <a href>) written by hand in the data files.
    """
    return ("paragraph", rich(*parts))


def CALLOUT(title, text, link="", link_label=""):
    return ("callout", {"title": title, "text": text, "link": link, "link_label": link_label})


def rich(*parts):
    html = []
    for part in parts:
        if isinstance(part, UL):
            tag = "ol" if isinstance(part, OL) else "ul"
            items = "".join(f"<li>{item}</li>" for item in part)
            html.append(f"<{tag}>{items}</{tag}>")
        else:
            html.append(f"<p>{part}</p>")
    return "".join(html)


def link(url, label=None):
    return f'<a href="{escape(url)}">{label or escape(url)}</a>'
