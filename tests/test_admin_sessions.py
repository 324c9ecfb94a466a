"""Admin sessions: inactivity expiry, signing out everywhere, a password change ending the
other sessions, an administrator ending a colleague's sessions."""

import re
import time

import pytest
from django.urls import resolve

from accounts.models import EventKind, SignInEvent, TrackedSession
from accounts.sessions import LAST_ACTIVITY_KEY
from tests.signin_support import PASSWORD, new_client, sign_in, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser(
        "admin", "admin@example.gouv.fr", PASSWORD, first_name="Alex", last_name="Admin"
    )


def idle_for(client, seconds):
    session = client.session
    session[LAST_ACTIVITY_KEY] = int(time.time()) - seconds
    session.save()


def test_a_session_expires_after_the_idle_period(client, admin_user, settings):
    settings.ADMIN_SESSION_IDLE_MINUTES = 30
    sign_in(client, "admin")
    idle_for(client, 29 * 60)
    assert client.get("/admin/pages/").status_code == 200
    idle_for(client, 31 * 60)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=%2Fadmin%2Fpages%2F"
    assert not signed_in(client)
    page = client.get(response["Location"]).content.decode()
    assert "Votre session a expiré après 30 minutes sans activité" in page
    assert SignInEvent.objects.filter(kind=EventKind.SESSION_EXPIRED).count() == 1
    assert not SignInEvent.objects.filter(kind=EventKind.SIGNED_OUT).exists()
    assert not TrackedSession.objects.exists()


def test_activity_keeps_the_session_open(client, admin_user, settings):
    settings.ADMIN_SESSION_IDLE_MINUTES = 30
    sign_in(client, "admin")
    idle_for(client, 20 * 60)
    client.get("/admin/")
    # That visit counted as activity: twenty more minutes are fine.
    session = client.session
    assert int(time.time()) - session[LAST_ACTIVITY_KEY] < 5
    assert client.get("/admin/pages/").status_code == 200


def test_an_editor_ping_without_changes_is_not_activity(client, admin_user, settings):
    settings.ADMIN_SESSION_IDLE_MINUTES = 30
    sign_in(client, "admin")
    idle_for(client, 20 * 60)
    before = client.session[LAST_ACTIVITY_KEY]
    ping = "/admin/editing-sessions/ping/wagtailcore/page/1/0/"
    assert "wagtailadmin_editing_sessions" in resolve(ping).namespaces
    client.post(ping, {})
    assert client.session[LAST_ACTIVITY_KEY] == before
    # With unsaved changes in the editor, the same ping keeps the session open.
    client.post(ping, {"is_editing": "1"})
    assert int(time.time()) - client.session[LAST_ACTIVITY_KEY] < 5


def test_sign_out_everywhere(client, admin_user):
    phone = new_client()
    sign_in(client, "admin", ip="198.51.100.7")
    sign_in(phone, "admin", ip="203.0.113.20")
    page = client.get("/admin/securite/").content.decode()
    assert "198.51.100.7" in page and "203.0.113.20" in page
    assert "cette session" in page

    response = client.post("/admin/securite/deconnexion-partout/")
    assert response["Location"] == "/admin/login/"
    assert not signed_in(client)
    assert phone.get("/admin/")["Location"].startswith("/admin/login/")
    assert not TrackedSession.objects.exists()
    event = SignInEvent.objects.get(kind=EventKind.SIGNED_OUT_EVERYWHERE)
    assert event.count == 2


def test_a_password_change_ends_the_other_sessions(client, admin_user):
    other = new_client()
    sign_in(client, "admin")
    sign_in(other, "admin")
    new_password = "un-tout-nouveau-mot-de-passe-77"
    response = client.post(
        "/admin/account/",
        {
            "name_email-first_name": "Alex",
            "name_email-last_name": "Admin",
            "name_email-email": "admin@example.gouv.fr",
            "locale-preferred_language": "fr",
            "locale-current_time_zone": "",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
            "theme-keyboard_shortcuts": "on",
            "password-old_password": PASSWORD,
            "password-new_password1": new_password,
            "password-new_password2": new_password,
        },
    )
    assert response.status_code == 302, re.findall(
        r"error-message\">\s*(.*?)\s*<", response.content.decode(), re.S
    )
    admin_user.refresh_from_db()
    assert admin_user.check_password(new_password)
    # The person who changed it stays signed in; the other session is over.
    assert client.get("/admin/").status_code == 200
    assert other.get("/admin/")["Location"].startswith("/admin/login/")
    event = SignInEvent.objects.get(kind=EventKind.PASSWORD_CHANGED)
    assert event.count == 2  # both stored sessions; this one came back under a new key


def test_an_administrator_ends_a_colleague_s_sessions(client, admin_user, django_user_model):
    colleague = django_user_model.objects.create_superuser("camille", "c@example.gouv.fr", PASSWORD)
    theirs = new_client()
    sign_in(theirs, "camille")
    client.force_login(admin_user)
    confirm = client.get(f"/admin/securite/comptes/{colleague.pk}/sessions/")
    assert "1 session ouverte sera fermée" in confirm.content.decode()
    client.post(f"/admin/securite/comptes/{colleague.pk}/sessions/")
    assert theirs.get("/admin/")["Location"].startswith("/admin/login/")
    event = SignInEvent.objects.get(kind=EventKind.SESSIONS_ENDED)
    assert (event.user, event.actor, event.count) == (colleague, admin_user, 1)
