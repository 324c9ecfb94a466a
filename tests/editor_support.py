"""The page editor as a browser sends it: the fields of the form a GET rendered.

``form_fields(html)`` reads the inputs, selects and textareas of Wagtail's page form as a
browser would submit them (checked boxes only, selected options, no disabled field), so
that a test changes one value and posts the rest as it came.
"""

from html.parser import HTMLParser

from django.utils.datastructures import MultiValueDict


class _FormReader(HTMLParser):
    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.depth = 0
        self.fields = []
        self.select = None
        self.select_first = None
        self.option = None
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            if attrs.get("id") == self.form_id:
                self.inside = True
            if self.inside:
                self.depth += 1
            return
        if not self.inside or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.fields.append((name, attrs.get("value", "on")))
            elif kind not in ("submit", "button", "file", "image", "reset"):
                self.fields.append((name, attrs.get("value", "")))
        elif tag == "select" and name:
            self.select, self.select_first = name, None
            self.selected = False
        elif tag == "option" and self.select:
            self.option = attrs.get("value")
            if self.select_first is None:
                self.select_first = self.option or ""
            if "selected" in attrs:
                self.fields.append((self.select, self.option or ""))
                self.selected = True
        elif tag == "textarea" and name:
            self.textarea = [name, ""]

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.depth -= 1
            self.inside = self.depth > 0
        elif tag == "select" and self.select:
            if not self.selected and self.select_first is not None:
                self.fields.append((self.select, self.select_first))
            self.select = None
        elif tag == "textarea" and self.textarea:
            name, text = self.textarea
            # A browser drops the newline that follows the opening tag.
            self.fields.append((name, text[1:] if text.startswith("\n") else text))
            self.textarea = None

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data


def form_fields(html, form_id="page-edit-form"):
    """The form's fields as a ``MultiValueDict`` (change them, then post ``.lists()``)."""
    reader = _FormReader(form_id)
    reader.feed(html)
    fields = MultiValueDict()
    for name, value in reader.fields:
        if "__prefix__" not in name:  # the empty form's <template>, never submitted
            fields.appendlist(name, value)
    return fields


def post_data(fields, changes=None, *, streamfields=("body",)):
    """What to post: the fields with ``changes`` ({name: value}; None removes a field).

    A StreamField's inputs are written by the editor's JavaScript: ``streamfields`` not in
    the form are posted empty (the test pages have no body).
    """
    data = fields.copy()
    for name in streamfields:
        if f"{name}-count" not in data:
            data[f"{name}-count"] = "0"
    for name, value in (changes or {}).items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return {name: values if len(values) > 1 else values[0] for name, values in data.lists()}
