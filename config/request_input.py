"""What a visitor sends is made safe before any view sees it.

Two classes of input used to reach a 500 (issue 10):

- a form body that declares a charset other than UTF-8: Django refuses it while reading
  ``request.POST``, and every later reader (CSRF check, error page) meets the same refusal;
  the body is checked here once and refused with the site's 400 page;
- query strings with control characters (a NUL reaches PostgreSQL as a ``DataError``), huge
  values or many repeated keys, on any page or admin screen: the parameters are cleaned
  here, for every view at once, so no view has to remember to.

Paths and cookies carrying control characters are refused (404) or dropped the same way.
"""

import re

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import Http404, QueryDict
from django.utils import translation

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
UTF8_NAMES = {"utf-8", "utf8", "us-ascii", "ascii"}

# A longer value is no search and no id a person types; a longer list is no filter.
MAX_VALUE_LENGTH = 2000
MAX_VALUES_PER_KEY = 20


def clean_value(value):
    return CONTROL.sub("", value)[:MAX_VALUE_LENGTH]


def cleaned_query(query):
    """A copy of ``query`` without control characters, values cut to a sane size."""
    cleaned = QueryDict(mutable=True)
    for key, values in query.lists():
        key = clean_value(key)
        if key:
            cleaned.setlist(key, [clean_value(value) for value in values[:MAX_VALUES_PER_KEY]])
    cleaned._mutable = False
    return cleaned


def declared_charset(request):
    for part in request.META.get("CONTENT_TYPE", "").split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip('"').lower()
    return None


class RequestInputMiddleware:
    """First in the chain: refuse unreadable form bodies, clean query strings and cookies."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if CONTROL.search(request.path_info):
            self.speak_the_path_language(request)
            raise Http404("control character in the path")
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            content_type = request.META.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
            charset = declared_charset(request)
            if content_type in FORM_TYPES and charset and charset not in UTF8_NAMES:
                self.speak_the_path_language(request)
                raise BadRequest("form body in a charset other than UTF-8")
        request.GET = cleaned_query(request.GET)
        for name in [name for name, value in request.COOKIES.items() if CONTROL.search(value)]:
            del request.COOKIES[name]
        return self.get_response(request)

    @staticmethod
    def speak_the_path_language(request):
        """The error page is rendered before LocaleMiddleware: in the language of the URL."""
        translation.activate(
            translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        )
