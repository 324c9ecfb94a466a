"""Registrations made before the staff tools get a check-in secret each, never a shared one."""

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from registrations.models import Registration
from tests.factories import make_event, register_people

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    ContentType.objects.clear_cache()
    return executor.migrate(targets).apps


def test_existing_registrations_each_get_their_own_check_in_secret(site_tree):
    session = make_event(site_tree.programme, capacity=5).sessions.get()
    people = register_people(session, 3)
    try:
        old = migrate([("registrations", "0003_remove_invitestate_capacity")])
        OldRegistration = old.get_model("registrations", "Registration")
        assert OldRegistration.objects.count() == 3
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
        # As the test run had it: the next test's serialized rollback creates no content type.
        ContentType.objects.get_for_models(*apps.get_models())
    secrets = set(
        Registration.objects.filter(pk__in=[p.pk for p in people]).values_list(
            "check_in_secret", flat=True
        )
    )
    tokens = set(Registration.objects.values_list("token", flat=True))
    assert len(secrets) == 3 and None not in secrets
    assert not secrets & tokens


def test_a_person_added_without_an_address_does_not_block_another(site_tree):
    session = make_event(site_tree.programme, capacity=5).sessions.get()
    for name in ("Jeanne", "Paul"):
        Registration.objects.create(
            session=session, status="confirmed", first_name=name, last_name="Martin", email=""
        )
    assert Registration.objects.filter(session=session, email="").count() == 2
