"""A Redis that does not answer degrades the site to a cache that misses, never to a 500."""

import logging

import pytest
from django.core.cache import cache
from django.test import override_settings

from config.cache import WARNING_INTERVAL, ResilientRedisCache
from registrations.models import Registration
from tests.registration_support import workshop
from tests.test_registration_views import post

# Nothing listens on port 1: every command fails at once with a connection error.
UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "config.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
}


@override_settings(CACHES=UNREACHABLE_REDIS)
def test_reads_miss_and_writes_are_dropped(caplog, monkeypatch):
    monkeypatch.setattr(ResilientRedisCache, "_last_warning", -WARNING_INTERVAL)
    caplog.set_level(logging.WARNING, logger="config.cache")
    assert cache.get("key", "default") == "default"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.add("key", 1) is None
    cache.set("key", 1)
    assert cache.get("key") is None
    with pytest.raises(ValueError):
        cache.incr("key")
    assert cache.delete("key") is False
    assert "Cache unavailable" in caplog.text


@override_settings(CACHES=UNREACHABLE_REDIS)
def test_pages_and_registrations_work_while_redis_is_down(site_tree, client):
    event, session = workshop(site_tree, capacity=5)

    assert client.get("/fr/").status_code == 200
    assert client.get(event.url).status_code == 200
    response = post(client, session, email="zoe@example.fr")
    assert response.status_code == 303
    assert Registration.objects.filter(session=session, email="zoe@example.fr").exists()
