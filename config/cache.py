"""The Redis cache, degraded to a cache that always misses while Redis does not answer.

Every page reads the cache (Wagtail's site root paths, the registration rate limits), so
Django's own backend turns a Redis restart into a 500 on every page. The cache holds only
what can be computed again: while Redis is away, reads miss, writes are dropped and the
pages are served from the database, a little slower. The rate limits then count nothing
(they fail open): the seats themselves are guarded by the session lock in the database,
never by the cache.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

WARNING_INTERVAL = 60


class ReusedClientRedisCacheClient(RedisCacheClient):
    """One ``redis.Redis`` per connection pool instead of a new one for every operation.

    Django builds a client for each ``get``; building one fills its table of response
    callbacks, which cost more than the round trip to a local Redis (a page reads the cache
    a dozen times). A client is thread-safe and takes its connections from the pool.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    _last_warning = 0.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

    def _unavailable(self, operation, error, default):
        now = time.monotonic()
        if now - ResilientRedisCache._last_warning >= WARNING_INTERVAL:
            ResilientRedisCache._last_warning = now
            logger.warning("Cache unavailable (%s): %s; serving without it.", operation, error)
        return default

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except RedisError as error:
            return self._unavailable("get", error, default)

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except RedisError as error:
            return self._unavailable("get_many", error, {})

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except RedisError as error:
            return self._unavailable("has_key", error, False)

    def add(self, key, value, timeout=None, version=None):
        """None, not False, while Redis does not answer: nobody knows whether the key exists
        (``registrations.mail`` then enqueues the task a present key would have made useless)."""
        try:
            return super().add(key, value, timeout, version)
        except RedisError as error:
            return self._unavailable("add", error, None)

    def set(self, key, value, timeout=None, version=None):
        try:
            super().set(key, value, timeout, version)
        except RedisError as error:
            self._unavailable("set", error, None)

    def set_many(self, data, timeout=None, version=None):
        try:
            return super().set_many(data, timeout, version)
        except RedisError as error:
            return self._unavailable("set_many", error, list(data))

    def touch(self, key, timeout=None, version=None):
        try:
            return super().touch(key, timeout, version)
        except RedisError as error:
            return self._unavailable("touch", error, False)

    def incr(self, key, delta=1, version=None):
        # A missing key raises ValueError as with any backend: callers set it, which is
        # then dropped, and they carry on with their first count.
        try:
            return super().incr(key, delta, version)
        except RedisError as error:
            self._unavailable("incr", error, None)
            raise ValueError(f"Key {key!r} not found (cache unavailable).") from error

    def count(self, counters, version=None):
        """Add one to each of ``counters`` ((key, seconds)), a counter that did not exist
        starting at 1 and ending after its seconds, in one round trip to Redis: the counts,
        in order. None while Redis does not answer (the rate limits then fail open)."""
        keys = [self.make_and_validate_key(key, version=version) for key, _seconds in counters]
        try:
            pipeline = self._cache.get_client(write=True).pipeline(transaction=False)
            for key, (_name, seconds) in zip(keys, counters, strict=True):
                pipeline.set(key, 0, ex=seconds, nx=True)
                pipeline.incr(key)
            return pipeline.execute()[1::2]
        except RedisError as error:
            return self._unavailable("count", error, None)

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except RedisError as error:
            return self._unavailable("delete", error, False)

    def delete_many(self, keys, version=None):
        try:
            super().delete_many(keys, version)
        except RedisError as error:
            self._unavailable("delete_many", error, None)

    def clear(self):
        try:
            return super().clear()
        except RedisError as error:
            return self._unavailable("clear", error, False)
