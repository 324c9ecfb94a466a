"""Wrong passwords on /admin/login/ are limited per account and address, then per account,
then per address; the right password does not get in during a pause."""

import pytest

from accounts.models import EventKind, SignInEvent
from tests.signin_support import PASSWORD, age_history, new_client, sign_in, signed_in

pytestmark = pytest.mark.django_db

OFFICE = "198.51.100.7"


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.gouv.fr", PASSWORD)


def fail(client, username="admin", times=1, ip=OFFICE, language="fr"):
    for _attempt in range(times):
        response = sign_in(client, username, "mauvais", ip=ip, language=language)
    return response


def test_five_wrong_passwords_pause_the_account_from_that_address(client, admin_user):
    response = fail(client, times=4)
    assert "Trop d’essais" not in response.content.decode()
    response = fail(client)
    html = response.content.decode()
    assert response.status_code == 200
    # The wrong password is said too, then the pause.
    assert "et votre mot de passe ne correspondent à aucun" in html
    assert (
        "Trop d’essais : la connexion est suspendue pour ce compte depuis cette adresse. "
        "Réessayez dans 15 minutes" in html
    )

    # The right password during the pause: refused, not even checked.
    response = sign_in(client, "admin", PASSWORD, ip=OFFICE)
    assert "la connexion est suspendue pour ce compte depuis cette adresse" in (
        response.content.decode()
    )
    assert not signed_in(client)
    pause = SignInEvent.objects.get(kind=EventKind.PAUSED)
    assert pause.scope == "account_address"
    assert pause.count == 1
    assert SignInEvent.objects.filter(kind=EventKind.FAILED).count() == 5

    # Fifteen minutes later the oldest failure has left the window.
    age_history(16)
    response = sign_in(client, "admin", PASSWORD, ip=OFFICE)
    assert response.status_code == 302
    assert signed_in(client)


def test_pause_message_in_english(client, admin_user):
    response = fail(client, times=5, language="en")
    assert (
        "Too many attempts: signing in is paused for this account from this address. "
        "Try again in 15 minutes" in response.content.decode()
    )


def test_a_successful_sign_in_resets_the_count(client, admin_user):
    fail(client, times=4)
    assert sign_in(client, "admin", PASSWORD).status_code == 302
    client.logout()
    response = fail(client, times=4)
    assert "Trop d’essais" not in response.content.decode()
    assert sign_in(client, "admin", PASSWORD).status_code == 302


def test_colleagues_behind_the_same_address_are_not_locked_out(
    client, admin_user, django_user_model
):
    django_user_model.objects.create_superuser("camille", "camille@example.gouv.fr", PASSWORD)
    fail(client, times=6)
    colleague = new_client()
    response = sign_in(colleague, "camille", PASSWORD, ip=OFFICE)
    assert response.status_code == 302
    assert signed_in(colleague)
    # The same person from another address (their phone's connection) is not paused either.
    elsewhere = new_client()
    assert sign_in(elsewhere, "admin", PASSWORD, ip="203.0.113.50").status_code == 302


def test_an_account_attacked_from_many_addresses_is_paused_everywhere(client, admin_user, settings):
    settings.SIGNIN_LIMIT_ACCOUNT = "8/3600"
    for n in range(8):
        fail(new_client(), ip=f"203.0.113.{n + 1}")
    response = sign_in(new_client(), "admin", PASSWORD, ip="192.0.2.99")
    html = response.content.decode()
    assert "la connexion est suspendue pour ce compte. Réessayez dans 60 minutes" in html


def test_one_address_trying_many_accounts_is_paused(client, admin_user, settings):
    settings.SIGNIN_LIMIT_ADDRESS = "6/3600"
    for n in range(6):
        fail(client, username=f"inconnu{n}")
    response = sign_in(new_client(), "admin", PASSWORD, ip=OFFICE)
    assert "la connexion est suspendue pour cette adresse" in response.content.decode()
    # Another address is unaffected.
    assert sign_in(new_client(), "admin", PASSWORD, ip="203.0.113.9").status_code == 302


def test_unknown_account_names_are_throttled_like_real_ones(client, db):
    response = fail(client, username="personne", times=5)
    assert "la connexion est suspendue pour ce compte depuis cette adresse" in (
        response.content.decode()
    )


def test_a_flood_during_a_pause_adds_no_rows(client, admin_user):
    fail(client, times=5)
    rows = SignInEvent.objects.count()
    fail(client, times=20)
    assert SignInEvent.objects.count() == rows
    assert SignInEvent.objects.get(kind=EventKind.PAUSED).count == 20


def test_account_names_are_counted_whatever_their_case(client, admin_user):
    fail(client, username="ADMIN", times=3)
    response = fail(client, username="Admin", times=2)
    assert "Trop d’essais" in response.content.decode()
