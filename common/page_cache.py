"""Whole pages kept for visitors: pages whose rendering reads many rows (the programme, an
event page with its sessions) are rendered once and served from the cache until what they
show changes.

An entry is the page's HTML as an anonymous visitor sees it. Its key names:

- the shell's *generation* (``common.cache``): an editor who publishes, unpublishes, moves
  or deletes a page, or saves a snippet, a menu or a setting, starts a new one;
- for a page that shows seats, a *seats token*: the registration rules replace it whenever
  they lock a session (``seats_changed``, called by
  ``registrations.rules.common.lock_session``) and so does any save of a session, so a page
  never shows seats that are gone. The programme reads the token of every seat
  (``SEATS_KEY``); an event page the token of its own event (``event_seats_key``), so that a
  rush on one event leaves the others cached;
- the page, the language, the host and scheme, and the page's own variant (the programme's
  filters, normalised: one entry per meaningful choice, never one per forged query string).

An entry also ends at the first moment when the same rows would render differently: the
page says when (``page_cache_expires``: a session starts, ends, opens or closes its
registration, an event moves to the archive), and the cache forgets it then.

Only anonymous ``GET`` requests without pending messages read or fill it, never a
preview. The CSRF token of the page's forms is stored as a placeholder and replaced with
the visitor's own token when served, so a cached page posts as well as a fresh one. With
several app servers, entries live in the shared Redis: every server serves what one has
rendered, and a change seen by one is seen by all.
"""

import datetime

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone, translation

from .cache import current_tokens, generation, replace_tokens

SEATS_KEY = "pages:seats"
# What a cached page holds instead of a CSRF token: letters only, like a token, so that
# no escaping changes it, and never a token itself.
CSRF_PLACEHOLDER = "cachedpagecsrftokenplaceholder" * 2
KEPT_HEADERS = ("Content-Type", "Content-Language", "X-Robots-Tag")


def enabled():
    """``PAGE_CACHE`` (default on): the benchmarks measure pages without it too."""
    return getattr(settings, "PAGE_CACHE", True)


def timeout():
    return getattr(settings, "PAGE_CACHE_TIMEOUT", 600)


def event_seats_key(event_key):
    """The seats token of one event (its translation key: every language shares it)."""
    return f"{SEATS_KEY}:{event_key}"


def seats_changed(event_key=None, *, at_once=True):
    """The seats of some session (of the event ``event_key``, when known) may change: the
    cached pages that show them are dropped (``replace_tokens``: now and at the commit, or
    only at the commit)."""
    keys = [SEATS_KEY, *([event_seats_key(event_key)] if event_key else [])]
    replace_tokens(*keys, at_once=at_once)


def visitor_request(request):
    """Whether ``request`` sees what every anonymous visitor sees."""
    if request.method != "GET" or getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    return not len(get_messages(request))


def _key(page, request, variant):
    parts = [
        "page",
        generation(request),
        *current_tokens(page.page_cache_tokens()),
        page.pk,
        translation.get_language() or "",
        request.scheme,
        request.get_host(),
        variant,
    ]
    return ":".join(str(part) for part in parts)


def serve(page, request, variant, render):
    """The response of ``render()`` (a ``TemplateResponse`` of ``page``), kept for visitors.

    ``variant`` is a short string naming what else the page depends on, or ``None`` when
    this request is not to be cached (free text, a date relative to today...).
    """
    if variant is None or not enabled() or not visitor_request(request):
        return render()
    key = _key(page, request, variant)
    stored = cache.get(key)
    if stored is None:
        response = render()
        if getattr(response, "status_code", None) != 200 or not hasattr(response, "render"):
            return response
        response.context_data["csrf_token"] = CSRF_PLACEHOLDER
        response.render()
        stored = {
            "content": response.content,
            "headers": {name: response[name] for name in KEPT_HEADERS if name in response},
        }
        now = timezone.now()
        expires = page.page_cache_expires(response.context_data, now)
        seconds = timeout()
        if expires is not None:
            seconds = min(seconds, (expires - now).total_seconds())
        if seconds >= 1:
            cache.set(key, stored, int(seconds))
    content = stored["content"]
    if CSRF_PLACEHOLDER.encode() in content:
        content = content.replace(CSRF_PLACEHOLDER.encode(), get_token(request).encode())
    return HttpResponse(content, headers=stored["headers"])


def first_change(moments, now):
    """The earliest of ``moments`` (datetimes or None) after ``now``, or None."""
    later = [moment for moment in moments if moment is not None and moment > now]
    return min(later) if later else None


def session_moments(session):
    """When what a page shows of ``session`` changes by itself: registration opens or
    closes, the session starts or ends."""
    return [
        session.registration_opens_at,
        session.closes_at,
        session.start,
        session.end,
    ]


class VisitorCachedPage:
    """A page type whose visitors are served from the page cache (``serve`` above).

    Subclasses say what a request depends on (``page_cache_variant``) and when an entry ends
    (``page_cache_expires``).
    """

    def page_cache_variant(self, request):
        return "" if not request.GET else None

    def page_cache_tokens(self):
        """Keys of the tokens whose replacement drops the page, beside the generation."""
        return []

    def page_cache_expires(self, context, now) -> datetime.datetime | None:
        return None

    def serve(self, request, *args, **kwargs):
        return serve(
            self,
            request,
            self.page_cache_variant(request),
            lambda: super(VisitorCachedPage, self).serve(request, *args, **kwargs),
        )
