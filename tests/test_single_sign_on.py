"""Single sign-on through OpenID Connect, against a provider the tests start on 127.0.0.1."""

from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from django.contrib.auth.models import Group, Permission

from accounts import oidc
from accounts.models import EventKind, SignInEvent, TrackedSession
from tests.oidc_provider import CLIENT_ID, CLIENT_SECRET, Provider
from tests.signin_support import PASSWORD, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def provider(settings):
    running = Provider().start()
    settings.OIDC_ENABLED = True
    settings.OIDC_DISCOVERY_URL = running.discovery_url
    settings.OIDC_CLIENT_ID = CLIENT_ID
    settings.OIDC_CLIENT_SECRET = CLIENT_SECRET
    oidc.reset_clients()
    yield running
    oidc.reset_clients()
    running.stop()


@pytest.fixture
def agent(django_user_model):
    user = django_user_model.objects.create_user(
        "dmartin", "Dominique.Martin@interieur.gouv.fr", PASSWORD
    )
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin")
    )
    return user


def start(client, next_url="/admin/pages/"):
    response = client.post("/admin/login/oidc/", {"next": next_url})
    assert response.status_code == 302
    return response["Location"]


def at_provider(url):
    """The browser at the provider: it answers with a redirect back to the site."""
    answer = requests.get(url, allow_redirects=False, timeout=10)
    assert answer.status_code == 302
    back = urlsplit(answer.headers["Location"])
    return f"{back.path}?{back.query}"


def sign_in_through_provider(client, next_url="/admin/pages/"):
    return client.get(at_provider(start(client, next_url)))


def refusal(client):
    page = client.get("/admin/login/")
    return page.content.decode()


def test_the_button_is_shown_only_when_switched_on(client, db, settings):
    assert settings.OIDC_ENABLED is False
    assert "S’identifier avec ProConnect" not in client.get("/admin/login/").content.decode()
    assert client.post("/admin/login/oidc/")["Location"] == "/admin/login/"
    settings.OIDC_ENABLED = True
    html = client.get("/admin/login/").content.decode()
    assert "S’identifier avec ProConnect" in html
    assert "Qu’est-ce que ProConnect ?" in html


def test_an_agent_signs_in_with_a_verified_address(client, provider, agent):
    authorize_url = start(client)
    params = {k: v[0] for k, v in parse_qs(urlsplit(authorize_url).query).items()}
    assert authorize_url.startswith(f"{provider.url}/authorize?")
    assert params["client_id"] == CLIENT_ID
    assert params["redirect_uri"] == "http://testserver/admin/login/oidc/callback/"
    assert len(params["state"]) >= 32 and len(params["nonce"]) >= 32
    assert params["code_challenge_method"] == "S256"
    assert "openid" in params["scope"].split() and "email" in params["scope"].split()

    response = client.get(at_provider(authorize_url))
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert signed_in(client)
    assert client.get("/admin/").status_code == 200
    assert provider.token_requests[0]["code_verifier"]
    event = SignInEvent.objects.get(kind=EventKind.SIGNED_IN_SSO)
    assert (event.user, event.detail) == (agent, "ProConnect")
    assert TrackedSession.objects.get(user=agent).single_sign_on


def test_user_info_signed_as_a_jwt_like_proconnect(client, provider, agent, settings):
    provider.userinfo_as_jwt = True
    provider.supports_pkce = False
    provider.claims.pop("email_verified")
    settings.OIDC_TRUST_EMAIL = True
    authorize_url = start(client)
    assert "code_challenge" not in authorize_url  # ProConnect refuses unknown parameters
    assert client.get(at_provider(authorize_url))["Location"] == "/admin/pages/"
    assert signed_in(client)


def test_groups_are_never_taken_from_the_provider(client, provider, agent):
    Group.objects.create(name="Administrateurs")
    provider.claims["groups"] = ["Administrateurs"]
    provider.claims["is_superuser"] = True
    sign_in_through_provider(client)
    agent.refresh_from_db()
    assert signed_in(client)
    assert list(agent.groups.all()) == []
    assert not agent.is_superuser


def test_a_forged_or_replayed_state_is_refused(client, provider, agent):
    callback = at_provider(start(client))
    forged = callback.replace("state=", "state=x")
    response = client.get(forged)
    assert response["Location"] == "/admin/login/"
    assert not signed_in(client)
    assert "ne correspond à aucune connexion commencée ici" in refusal(client)
    assert SignInEvent.objects.get(kind=EventKind.SSO_REFUSED).detail == "state"

    # The real answer still works once, then no more.
    assert client.get(callback)["Location"] == "/admin/pages/"
    client.logout()
    assert client.get(callback)["Location"] == "/admin/login/"
    assert not signed_in(client)


def test_an_answer_started_in_another_browser_is_refused(client, provider, agent):
    from django.test import Client

    callback = at_provider(start(Client()))
    assert client.get(callback)["Location"] == "/admin/login/"
    assert not signed_in(client)


def test_a_wrong_nonce_is_refused(client, provider, agent):
    provider.id_token_changes = {"nonce": "une-autre-valeur-de-nonce-rejouee-0123456789"}
    response = sign_in_through_provider(client)
    assert response["Location"] == "/admin/login/"
    assert not signed_in(client)
    assert SignInEvent.objects.get(kind=EventKind.SSO_REFUSED).detail == "token"
    assert "n’a pas pu être vérifiée" in refusal(client)


@pytest.mark.parametrize(
    "changes",
    [{"aud": "un-autre-site"}, {"iss": "http://127.0.0.1:1"}, {"exp": 1_000_000_000}],
    ids=["audience", "issuer", "expired"],
)
def test_an_id_token_for_someone_else_is_refused(client, provider, agent, changes):
    provider.id_token_changes = changes
    sign_in_through_provider(client)
    assert not signed_in(client)


def test_user_info_about_another_person_is_refused(client, provider, agent):
    provider.userinfo_changes = {"sub": "quelqu-un-d-autre"}
    sign_in_through_provider(client)
    assert not signed_in(client)


def test_an_unverified_address_is_refused(client, provider, agent):
    provider.claims["email_verified"] = False
    sign_in_through_provider(client)
    assert not signed_in(client)
    assert "n’atteste pas que cette adresse électronique est vérifiée" in refusal(client)
    event = SignInEvent.objects.get(kind=EventKind.SSO_REFUSED)
    assert (event.detail, event.username) == ("unverified", "dominique.martin@interieur.gouv.fr")


def test_an_address_without_the_verified_claim_needs_the_trust_setting(
    client, provider, agent, settings
):
    provider.claims.pop("email_verified")
    sign_in_through_provider(client)
    assert not signed_in(client)
    settings.OIDC_TRUST_EMAIL = True
    sign_in_through_provider(client)
    assert signed_in(client)


def test_no_account_is_created_for_an_unknown_address(client, provider, django_user_model):
    sign_in_through_provider(client)
    assert not signed_in(client)
    assert django_user_model.objects.count() == 0
    assert "Aucun compte de ce site n’utilise cette adresse" in refusal(client)


def test_two_accounts_with_the_address_are_refused(client, provider, agent, django_user_model):
    django_user_model.objects.create_user("autre", "dominique.martin@interieur.gouv.fr")
    sign_in_through_provider(client)
    assert not signed_in(client)


def test_an_account_without_admin_access_is_refused(client, provider, agent):
    agent.user_permissions.clear()
    sign_in_through_provider(client)
    assert not signed_in(client)


def test_the_second_factor_is_still_asked_after_single_sign_on(client, provider, agent):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=agent, name="app", confirmed=True)
    sign_in_through_provider(client)
    page = client.get("/admin/pages/")
    assert page["Location"].startswith("/admin/securite/deuxieme-facteur/verification/")


def test_signing_out_also_signs_out_at_the_provider(client, provider, agent):
    sign_in_through_provider(client)
    response = client.post("/admin/logout/")
    assert not signed_in(client)
    target = urlsplit(response["Location"])
    params = {k: v[0] for k, v in parse_qs(target.query).items()}
    assert f"{target.scheme}://{target.netloc}{target.path}" == f"{provider.url}/session/end"
    assert params["id_token_hint"].count(".") == 2
    assert params["post_logout_redirect_uri"] == "http://testserver/admin/logout/oidc/"
    assert len(params["state"]) >= 32
    assert SignInEvent.objects.filter(kind=EventKind.SIGNED_OUT, user=agent).exists()


def test_an_unreachable_provider_gives_a_message(client, db, settings):
    settings.OIDC_ENABLED = True
    settings.OIDC_DISCOVERY_URL = "http://127.0.0.1:9/.well-known/openid-configuration"
    settings.OIDC_CLIENT_ID = CLIENT_ID
    settings.OIDC_CLIENT_SECRET = CLIENT_SECRET
    settings.OIDC_TIMEOUT = 2
    oidc.reset_clients()
    response = client.post("/admin/login/oidc/", {"next": "/admin/"})
    assert response["Location"] == "/admin/login/"
    assert "Le fournisseur d’identité ne répond pas" in refusal(client)
