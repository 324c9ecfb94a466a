"""The layers under the caches: one Redis client per pool, and the shell's entries kept in
the process for their generation only."""

from common import cache as shell_cache
from config.cache import ResilientRedisCache


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
