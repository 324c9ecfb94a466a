"""The sign-in history: what is recorded (never a password), who reads it, how long it stays."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.utils import timezone

from accounts.models import EventKind, SignInEvent
from tests.signin_support import PASSWORD, new_client, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.gouv.fr", PASSWORD)


def test_sign_ins_and_failures_are_recorded_without_the_password(client, admin_user):
    sign_in(new_client(), "admin", "mauvais-mot-de-passe", ip="203.0.113.4")
    sign_in(new_client(), "inconnu", "autre-secret", ip="203.0.113.5")
    sign_in(client, "admin", ip="198.51.100.7")
    events = list(SignInEvent.objects.order_by("created_at", "pk"))
    assert [e.kind for e in events] == [EventKind.FAILED, EventKind.FAILED, EventKind.SIGNED_IN]
    failed, unknown, success = events
    assert (failed.user, failed.username, failed.ip_address) == (admin_user, "admin", "203.0.113.4")
    assert (unknown.user, unknown.username) == (None, "inconnu")
    assert success.ip_address == "198.51.100.7"
    assert success.user_agent == "Mozilla/5.0 (test) Firefox/140.0"
    for event in events:
        stored = " ".join(str(value) for value in event.__dict__.values())
        for secret in (PASSWORD, "mauvais-mot-de-passe", "autre-secret"):
            assert secret not in stored


def test_sign_out_is_recorded(client, admin_user):
    sign_in(client, "admin")
    client.post("/admin/logout/")
    assert SignInEvent.objects.filter(kind=EventKind.SIGNED_OUT, user=admin_user).exists()


def test_administrators_read_the_history(client, admin_user):
    sign_in(new_client(), "admin", "mauvais", ip="203.0.113.4")
    for _n in range(5):
        sign_in(new_client(), "camille", "mauvais", ip="192.0.2.8")
    client.force_login(admin_user)
    html = client.get("/admin/securite/historique/").content.decode()
    assert "Historique des connexions" in html
    assert "203.0.113.4" in html
    assert "Connexion suspendue" in html
    assert "Pour ce compte depuis cette adresse, jusqu’à" in html
    assert "camille <small>(compte inconnu)</small>" in html
    paused = client.get("/admin/securite/historique/?kind=paused").content.decode()
    assert "Connexion suspendue" in paused and "203.0.113.4" not in paused
    by_address = client.get("/admin/securite/historique/?ip_address=203.0.113").content.decode()
    assert "203.0.113.4" in by_address and "192.0.2.8" not in by_address


def test_the_history_is_closed_to_others_unless_granted(client, django_user_model):
    editor = django_user_model.objects.create_user("editeur", "e@example.gouv.fr", PASSWORD)
    group = Group.objects.create(name="Éditeurs")
    group.permissions.add(
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin")
    )
    editor.groups.add(group)
    client.force_login(editor)
    assert client.get("/admin/securite/historique/")["Location"] == "/admin/"
    group.permissions.add(
        Permission.objects.get(codename="view_signinevent", content_type__app_label="accounts")
    )
    assert client.get("/admin/securite/historique/").status_code == 200


def test_the_group_screen_offers_the_history_permission(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/groups/new/")
    assert response.status_code == 200
    html = response.content.decode()
    permission = Permission.objects.get(codename="view_signinevent")
    assert f'value="{permission.pk}"' in html


def test_entries_older_than_the_retention_period_are_deleted(admin_user, settings):
    settings.SIGNIN_HISTORY_RETENTION_MONTHS = 6
    now = timezone.now()
    for days in (10, 150, 200, 400):
        SignInEvent.objects.create(
            kind=EventKind.SIGNED_IN,
            user=admin_user,
            username="admin",
            created_at=now - datetime.timedelta(days=days),
        )
    call_command("purge_sign_in_history", verbosity=0)
    kept = sorted((now - e.created_at).days for e in SignInEvent.objects.all())
    assert kept == [10, 150]
