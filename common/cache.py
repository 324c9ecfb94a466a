"""The page shell's cache: what every page repeats, kept in Django's cache between requests.

It stands with the plain helpers so that a content page may keep a part of its own in the
same generation (the programme's filter choices, which change only when an event is
published or a snippet saved); the shell (``shell/lookups.py``) is its main reader.

Every entry's key carries a *generation*, a token stored under one key of the cache.
Publishing, unpublishing, moving or deleting a page, or saving a menu, a setting, a site or
a view restriction replaces the token (``invalidate``, connected in ``shell/signals.py``):
the next request reads new keys and rebuilds what it needs, the old entries expire on
their own. One token for the whole shell keeps invalidation exact without knowing which
page is in which menu. In production the cache is Redis, shared by every app server, so a
change made on one server is seen by all; in development and tests it is local memory.

The generation is read once per request (``request._shell_generation``), so a page reads
one key for it and one per cached part, and no SQL at all for the shell once warm.
"""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

GENERATION_KEY = "shell:generation"
_MISSING = object()


def timeout():
    """Seconds an entry lives: ``SHELL_CACHE_TIMEOUT`` (default one hour)."""
    return getattr(settings, "SHELL_CACHE_TIMEOUT", 3600)


def _new_generation():
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def generation(request=None):
    """The current token, read from the cache once per request."""
    token = getattr(request, "_shell_generation", None) if request is not None else None
    if token is None:
        token = cache.get(GENERATION_KEY)
        if token is None:
            token = uuid.uuid4().hex
            if not cache.add(GENERATION_KEY, token, None):
                token = cache.get(GENERATION_KEY) or token
        if request is not None:
            request._shell_generation = token
    return token


def cached(request, key, compute):
    """The value of ``key`` in this generation, computed by ``compute()`` on a miss.

    ``key`` is a tuple of plain values (site id, language, page id...). ``None`` is a value
    like any other: it is stored wrapped so that a miss and a cached ``None`` differ.
    """
    full_key = "shell:{}:{}".format(generation(request), ":".join(str(part) for part in key))
    found = cache.get(full_key, _MISSING)
    if found is not _MISSING:
        return found[0]
    value = compute()
    cache.set(full_key, (value,), timeout())
    return value


def invalidate(**_signal_arguments):
    """Start a new generation now, and again once the current transaction commits.

    Now, so that the editor's own next request sees the change; after the commit, so that a
    page rebuilt by another request between the change and its commit (from the old rows)
    is not kept.
    """
    _new_generation()
    transaction.on_commit(_new_generation)
