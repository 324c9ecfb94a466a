"""The layers under the caches: one Redis client per pool, and the shell's entries kept in
the process for their generation only."""

import os
import secrets
from unittest import mock

import pytest
import redis
from redis.exceptions import RedisError

from common import cache as shell_cache
from config.cache import ResilientRedisCache
from registrations import ratelimit


def test_the_redis_cache_reuses_one_client_instead_of_building_one_per_operation():
    cache = ResilientRedisCache("redis://127.0.0.1:1/0", {})
    client = cache._cache.get_client(write=True)
    assert cache._cache.get_client() is client  # one server: reads and writes share it
    assert ResilientRedisCache("redis://127.0.0.1:1/0", {})._cache.get_client() is not client


def test_entries_kept_in_the_process_are_copies_and_end_with_their_generation():
    entries = shell_cache._LocalEntries()
    missing = shell_cache._MISSING
    entries.set("generation-1", "menus", (["Programme"],))
    first = entries.get("generation-1", "menus")
    first[0].append("changed by one request")
    assert entries.get("generation-1", "menus") == (["Programme"],)
    assert entries.get("generation-2", "menus") is missing
    entries.set("generation-2", "homes", ({"fr": 3},))
    assert entries.get("generation-1", "menus") is missing  # a new generation empties it


def test_entries_kept_in_the_process_are_bounded(monkeypatch):
    entries = shell_cache._LocalEntries()
    monkeypatch.setattr(entries, "size", 2)
    for key in ("a", "b"):
        entries.set("g", key, (key,))
    entries.get("g", "a")  # read: the least recent is now "b"
    entries.set("g", "c", ("c",))
    assert [entries.get("g", key) for key in ("a", "b", "c")] == [
        ("a",),
        shell_cache._MISSING,
        ("c",),
    ]


def test_entries_kept_in_the_process_expire_with_the_cache(monkeypatch, settings):
    settings.SHELL_CACHE_TIMEOUT = 60
    entries = shell_cache._LocalEntries()
    now = [1000.0]
    monkeypatch.setattr(shell_cache.time, "monotonic", lambda: now[0])
    entries.set("g", "menus", ("x",))
    now[0] += 59
    assert entries.get("g", "menus") == ("x",)
    now[0] += 2
    assert entries.get("g", "menus") is shell_cache._MISSING


REDIS_TEST_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def redis_cache(monkeypatch):
    """Our Redis cache on the local server (as in CI and production), in a key space of its
    own, as the cache that ``registrations.ratelimit`` counts in."""
    redis_cache = ResilientRedisCache(
        REDIS_TEST_URL, {"KEY_PREFIX": f"test-{secrets.token_hex(4)}", "OPTIONS": {}}
    )
    try:
        redis_cache._cache.get_client(write=True).ping()
    except RedisError as error:
        pytest.fail(f"these tests need the Redis server at {REDIS_TEST_URL}: {error}")
    monkeypatch.setattr(ratelimit, "cache", redis_cache)
    yield redis_cache
    redis_cache.clear()


def test_rate_limit_counters_on_redis_count_in_one_round_trip_and_expire(redis_cache):
    executed = []
    pipeline_class = redis.client.Pipeline
    original = pipeline_class.execute

    def counted_execute(self, *args, **kwargs):
        executed.append(len(self.command_stack))
        return original(self, *args, **kwargs)

    rates = [("global", "site", "5/60"), ("ip", "10.0.0.1", "2/60"), ("browser", "b", "9/60")]
    with mock.patch.object(pipeline_class, "execute", counted_execute):
        assert ratelimit.hits(rates) == 0
        assert ratelimit.hits(rates) == 0
        wait = ratelimit.hits(rates)  # the address's third attempt in the minute
    assert 1 <= wait <= 60
    assert executed == [6, 6, 6]  # three counters, one round trip each time
    client = redis_cache._cache.get_client()
    keys = client.keys(f"{redis_cache.key_prefix}*")
    assert len(keys) == 3
    assert sorted(int(client.get(key)) for key in keys) == [3, 3, 3]
    assert all(0 < client.ttl(key) <= 65 for key in keys)


def test_rate_limits_fail_open_while_redis_does_not_answer(monkeypatch):
    monkeypatch.setattr(
        ratelimit, "cache", ResilientRedisCache("redis://127.0.0.1:1/0", {"OPTIONS": {}})
    )
    assert ratelimit.hits([("ip", "10.0.0.1", "1/60")] * 3) == 0
