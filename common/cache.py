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
one key for it, and no SQL at all for the shell once warm. An entry, once read, is also kept
in the process (``_LocalEntries``): its key names its generation, so it cannot go stale
there any more than in Redis, and a warm page reads Redis once instead of once per part.
"""

import pickle
import threading
import time
import uuid
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

GENERATION_KEY = "shell:generation"
_MISSING = object()


def timeout():
    """Seconds an entry lives: ``SHELL_CACHE_TIMEOUT`` (default one hour)."""
    return getattr(settings, "SHELL_CACHE_TIMEOUT", 3600)


def current_tokens(keys):
    """The token stored under each of ``keys`` (a generation, a seats token...), in one read.

    A missing one is created; when two requests race to create it, the first one written
    wins for both.
    """
    if not keys:
        return []
    found = cache.get_many(keys)
    tokens = []
    for key in keys:
        token = found.get(key)
        if token is None:
            token = uuid.uuid4().hex
            if not cache.add(key, token, None):
                token = cache.get(key) or token
        tokens.append(token)
    return tokens


def replace_tokens(*keys, at_once=True):
    """New tokens under ``keys``, now and again once the current transaction commits.

    Now, so that the editor's own next request sees the change; after the commit, so that a
    value rebuilt by another request between the change and its commit (from the old rows)
    is not kept. ``at_once=False`` for a change whose author sees it only after the commit
    (a registration's answer): one round trip to the cache instead of two.
    """

    def replace():
        cache.set_many(dict.fromkeys(keys, uuid.uuid4().hex), None)

    if at_once:
        replace()
    transaction.on_commit(replace)


def generation(request=None):
    """The current token, read from the cache once per request."""
    token = getattr(request, "_shell_generation", None) if request is not None else None
    if token is None:
        (token,) = current_tokens([GENERATION_KEY])
        if request is not None:
            request._shell_generation = token
    return token


class _LocalEntries:
    """The entries of the current generation this process has read, least recent out first.

    Kept pickled, so that each request gets its own copy as it would from Redis, and with
    the cache's own expiry. A new generation empties it.
    """

    size = 1024

    def __init__(self):
        self._lock = threading.Lock()
        self._generation = None
        self._entries = OrderedDict()

    def get(self, token, key):
        with self._lock:
            if token != self._generation:
                return _MISSING
            found = self._entries.get(key)
            if found is None:
                return _MISSING
            expires, pickled = found
            if expires < time.monotonic():
                del self._entries[key]
                return _MISSING
            self._entries.move_to_end(key)
        return pickle.loads(pickled)

    def set(self, token, key, wrapped):
        pickled = pickle.dumps(wrapped, pickle.HIGHEST_PROTOCOL)
        with self._lock:
            if token != self._generation:
                self._generation = token
                self._entries.clear()
            self._entries[key] = (time.monotonic() + timeout(), pickled)
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)


_local_entries = _LocalEntries()


def cached(request, key, compute):
    """The value of ``key`` in this generation, computed by ``compute()`` on a miss.

    ``key`` is a tuple of plain values (site id, language, page id...). ``None`` is a value
    like any other: it is stored wrapped so that a miss and a cached ``None`` differ.
    """
    token = generation(request)
    full_key = "shell:{}:{}".format(token, ":".join(str(part) for part in key))
    found = _local_entries.get(token, full_key)
    if found is _MISSING:
        found = cache.get(full_key, _MISSING)
        if found is _MISSING:
            found = (compute(),)
            cache.set(full_key, found, timeout())
        _local_entries.set(token, full_key, found)
    return found[0]


def invalidate(**_signal_arguments):
    """Start a new generation (``replace_tokens``)."""
    replace_tokens(GENERATION_KEY)
