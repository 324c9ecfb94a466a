"""TOTP second factor: enrolment with a QR code, verification at sign-in, recovery codes used
once, enforcement before the registrations screens (by group), reset by an administrator."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import EventKind, GroupSecurityPolicy, RecoveryCode, SignInEvent
from tests.signin_support import (
    PASSWORD,
    current_code,
    lab_staff,
    new_client,
    pending_device,
    sign_in,
    signed_in,
)

pytestmark = pytest.mark.django_db

REGISTRATIONS = "/admin/inscriptions/"


@pytest.fixture
def enforced(settings):
    settings.SIGNIN_REQUIRE_SECOND_FACTOR = True
    return settings


def enrol(client, user, next_url=REGISTRATIONS):
    """Go through the enrolment screen; return the recovery codes shown."""
    page = client.get(f"/admin/securite/deuxieme-facteur/?next={next_url}")
    assert page.status_code == 200
    response = client.post(
        f"/admin/securite/deuxieme-facteur/?next={next_url}",
        {"code": current_code(pending_device(user))},
    )
    assert response.status_code == 200
    return re.findall(r"<code>([0-9a-f]{5}-[0-9a-f]{5})</code>", response.content.decode())


def test_registrations_ask_for_a_second_factor_first(client, enforced, django_user_model):
    user = lab_staff(django_user_model)
    sign_in(client, user.username)
    response = client.get(REGISTRATIONS)
    assert response.status_code == 302
    assert (
        response["Location"] == "/admin/securite/deuxieme-facteur/?next=%2Fadmin%2Finscriptions%2F"
    )
    # Other admin screens stay open.
    assert client.get("/admin/").status_code == 200

    page = client.get(response["Location"])
    html = page.content.decode()
    assert 'src="data:image/svg+xml' in html
    assert 'alt="Code QR à scanner avec votre application d’authentification"' in html
    device = pending_device(user)
    assert "otpauth://" not in html  # the secret is in the picture and typed text only
    secret = re.search(r'<code class="totp-secret"[^>]*>([A-Z2-7 ]+)</code>', html).group(1)
    assert len(secret.replace(" ", "")) == 32

    wrong = client.post(response["Location"], {"code": "000000"})
    wrong_html = wrong.content.decode()
    assert "Ce code n’est pas valable" in wrong_html
    # The error is linked to the field it is about.
    assert 'aria-describedby="id_code-errors id_code-helptext"' in wrong_html
    assert 'id="id_code-errors"' in wrong_html
    assert not TOTPDevice.objects.filter(user=user, confirmed=True).exists()

    device.throttling_failure_count = 0
    device.save()
    codes = enrol(client, user)
    assert len(codes) == 10 and len(set(codes)) == 10
    assert TOTPDevice.objects.get(user=user).confirmed
    assert client.get(REGISTRATIONS).status_code == 200
    assert SignInEvent.objects.filter(kind=EventKind.FACTOR_ENABLED, user=user).exists()


def test_recovery_codes_are_stored_hashed(client, enforced, django_user_model):
    user = lab_staff(django_user_model)
    sign_in(client, user.username)
    codes = enrol(client, user)
    stored = list(RecoveryCode.objects.values_list("digest", flat=True))
    assert len(stored) == 10
    for code in codes:
        assert all(code.replace("-", "") not in digest for digest in stored)


def test_the_code_is_asked_right_after_the_password(client, enforced, django_user_model):
    user = lab_staff(django_user_model)
    sign_in(client, user.username)
    enrol(client, user)
    client.logout()

    response = sign_in(client, user.username)
    assert response.status_code == 302
    page = client.get("/admin/pages/")
    assert page.status_code == 302
    assert page["Location"].startswith("/admin/securite/deuxieme-facteur/verification/")
    # Even the enrolment screen: a stolen password must not replace the phone.
    enrol_page = client.get("/admin/securite/deuxieme-facteur/")
    assert enrol_page["Location"].startswith("/admin/securite/deuxieme-facteur/verification/")

    verify_url = "/admin/securite/deuxieme-facteur/verification/?next=/admin/inscriptions/"
    response = client.post(verify_url, {"code": current_code(TOTPDevice.objects.get(user=user), 1)})
    assert response.status_code == 302
    assert response["Location"] == REGISTRATIONS
    assert client.get(REGISTRATIONS).status_code == 200
    assert SignInEvent.objects.filter(kind=EventKind.FACTOR_VERIFIED, user=user).exists()


def test_a_code_is_good_once_and_wrong_codes_slow_down(client, enforced, django_user_model):
    user = lab_staff(django_user_model)
    sign_in(client, user.username)
    enrol(client, user)  # uses the current code
    device = TOTPDevice.objects.get(user=user)
    used = current_code(device)
    other = new_client()
    sign_in(other, user.username)
    url = "/admin/securite/deuxieme-facteur/verification/"
    replay = other.post(url, {"code": used})
    assert "Ce code n’est pas valable" in replay.content.decode()
    # Straight after a wrong code, even the right one waits.
    right = other.post(url, {"code": current_code(device, 1)})
    assert "Trop de codes erronés : attendez" in right.content.decode()
    # The replay is recorded; the code sent during the wait was not even checked.
    assert SignInEvent.objects.filter(kind=EventKind.FACTOR_FAILED, user=user).count() == 1


def test_recovery_codes_work_once(client, enforced, django_user_model):
    user = lab_staff(django_user_model)
    sign_in(client, user.username)
    codes = enrol(client, user)
    client.logout()

    url = "/admin/securite/deuxieme-facteur/verification/?next=/admin/inscriptions/"
    sign_in(client, user.username)
    response = client.post(url, {"code": codes[0].upper()})
    assert response.status_code == 302
    assert client.get(REGISTRATIONS).status_code == 200
    event = SignInEvent.objects.get(kind=EventKind.RECOVERY_CODE_USED)
    assert event.count == 9
    client.logout()

    again = new_client()
    sign_in(again, user.username)
    refused = again.post(url, {"code": codes[0]})
    assert refused.status_code == 200
    assert "Ce code n’est pas valable" in refused.content.decode()
    assert again.get(REGISTRATIONS).status_code == 302


def test_renewing_recovery_codes_invalidates_the_old_ones(client, enforced, django_user_model):
    user = lab_staff(django_user_model)
    sign_in(client, user.username)
    old = enrol(client, user)
    response = client.post("/admin/securite/codes-de-secours/")
    new = re.findall(r"<code>([0-9a-f]{5}-[0-9a-f]{5})</code>", response.content.decode())
    assert len(new) == 10 and not set(new) & set(old)
    other = new_client()
    sign_in(other, user.username)
    url = "/admin/securite/deuxieme-facteur/verification/"
    assert "Ce code n’est pas valable" in other.post(url, {"code": old[1]}).content.decode()


def test_not_enforced_on_the_embedded_default(client, django_user_model, settings):
    assert settings.SIGNIN_REQUIRE_SECOND_FACTOR is False
    user = lab_staff(django_user_model)
    sign_in(client, user.username)
    assert client.get(REGISTRATIONS).status_code == 200


def test_a_group_can_be_exempted(client, enforced, django_user_model):
    user = lab_staff(django_user_model)
    GroupSecurityPolicy.objects.create(group=user.groups.get(), second_factor_required=False)
    sign_in(client, user.username)
    assert client.get(REGISTRATIONS).status_code == 200


def test_another_group_granting_access_still_requires_it(client, enforced, django_user_model):
    user = lab_staff(django_user_model)
    GroupSecurityPolicy.objects.create(group=user.groups.get(), second_factor_required=False)
    lab_staff(django_user_model, username="autre", group_name="Équipe communication")
    user.groups.add(Group.objects.get(name="Équipe communication"))
    sign_in(client, user.username)
    assert client.get(REGISTRATIONS).status_code == 302


def test_superusers_are_never_exempt(client, enforced, django_user_model):
    django_user_model.objects.create_superuser("admin", "admin@example.gouv.fr", PASSWORD)
    sign_in(client, "admin")
    assert client.get(REGISTRATIONS).status_code == 302


def test_editors_without_registrations_are_not_asked(client, enforced, django_user_model):
    editor = django_user_model.objects.create_user("editeur", "e@example.gouv.fr", PASSWORD)
    editor.user_permissions.add(
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin")
    )
    sign_in(client, "editeur")
    assert client.get("/admin/").status_code == 200
    # Wagtail answers a refused admin screen by going back to the dashboard.
    assert client.get(REGISTRATIONS)["Location"] == "/admin/"


def test_the_group_screen_sets_the_policy(client, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "a@example.gouv.fr", PASSWORD)
    client.force_login(admin)
    group = Group.objects.create(name="Bénévoles")
    page = client.get(f"/admin/groups/edit/{group.pk}/")
    html = page.content.decode()
    assert "Deuxième facteur exigé avant d’ouvrir les inscriptions" in html
    assert 'name="security_policy-second_factor_required"' in html
    response = client.post(
        f"/admin/groups/edit/{group.pk}/",
        {
            "name": "Bénévoles",
            "page_permissions-TOTAL_FORMS": "0",
            "page_permissions-INITIAL_FORMS": "0",
            "page_permissions-MIN_NUM_FORMS": "0",
            "page_permissions-MAX_NUM_FORMS": "1000",
            "collection_permissions-TOTAL_FORMS": "0",
            "collection_permissions-INITIAL_FORMS": "0",
            "collection_permissions-MIN_NUM_FORMS": "0",
            "collection_permissions-MAX_NUM_FORMS": "1000",
            "document_permissions-TOTAL_FORMS": "0",
            "document_permissions-INITIAL_FORMS": "0",
            "document_permissions-MIN_NUM_FORMS": "0",
            "document_permissions-MAX_NUM_FORMS": "1000",
            "image_permissions-TOTAL_FORMS": "0",
            "image_permissions-INITIAL_FORMS": "0",
            "image_permissions-MIN_NUM_FORMS": "0",
            "image_permissions-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert GroupSecurityPolicy.objects.get(group=group).second_factor_required is False


def test_an_administrator_resets_a_colleague_s_second_factor(client, enforced, django_user_model):
    user = lab_staff(django_user_model)
    colleague = new_client()
    sign_in(colleague, user.username)
    enrol(colleague, user)
    assert colleague.get(REGISTRATIONS).status_code == 200

    admin = django_user_model.objects.create_superuser("admin", "a@example.gouv.fr", PASSWORD)
    client.force_login(admin)
    listing = client.get("/admin/securite/comptes/").content.decode()
    assert f"/admin/securite/comptes/{user.pk}/deuxieme-facteur/" in listing
    confirm = client.get(f"/admin/securite/comptes/{user.pk}/deuxieme-facteur/")
    assert "Vérifiez d’abord l’identité" in confirm.content.decode()
    response = client.post(f"/admin/securite/comptes/{user.pk}/deuxieme-facteur/")
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=user).exists()
    # The colleague's session ended; they sign in again and set up a new application.
    assert colleague.get("/admin/").status_code == 302
    assert not signed_in(colleague)
    event = SignInEvent.objects.get(kind=EventKind.FACTOR_RESET)
    assert (event.user, event.actor, event.count) == (user, admin, 1)


def test_only_a_superuser_resets_a_superuser(client, django_user_model):
    boss = django_user_model.objects.create_superuser("boss", "b@example.gouv.fr", PASSWORD)
    manager = django_user_model.objects.create_user("rh", "rh@example.gouv.fr", PASSWORD)
    manager.user_permissions.add(
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin"),
        Permission.objects.get(codename="change_user", content_type__app_label="auth"),
    )
    client.force_login(manager)
    TOTPDevice.objects.create(user=boss, name="app", confirmed=True)
    refused = client.post(f"/admin/securite/comptes/{boss.pk}/deuxieme-facteur/")
    assert refused["Location"] == "/admin/"
    assert TOTPDevice.objects.filter(user=boss).exists()
    editor = new_client()
    plain = django_user_model.objects.create_user("plain", "p@example.gouv.fr", PASSWORD)
    plain.user_permissions.add(
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin")
    )
    editor.force_login(plain)
    assert editor.get("/admin/securite/comptes/")["Location"] == "/admin/"


def test_turning_one_s_own_second_factor_off_when_not_required(client, django_user_model):
    user = lab_staff(django_user_model)
    sign_in(client, user.username)
    enrol(client, user, next_url="/admin/")
    assert client.post("/admin/securite/deuxieme-facteur/desactiver/").status_code == 302
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert SignInEvent.objects.filter(kind=EventKind.FACTOR_DISABLED).exists()


def test_it_cannot_be_turned_off_when_required(client, enforced, django_user_model):
    user = lab_staff(django_user_model)
    sign_in(client, user.username)
    enrol(client, user)
    client.post("/admin/securite/deuxieme-facteur/desactiver/")
    assert TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    assert signed_in(client)
