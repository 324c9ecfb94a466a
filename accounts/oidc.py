"""Single sign-on through an OpenID Connect provider: ProConnect for State agents.

Off unless ``OIDC_ENABLED``. Authlib does the protocol (discovery, state, nonce, PKCE when
the provider offers it, the token request, the ID token's signature and claims); this module
adds what Authlib leaves to the application: the issuer and audience it must insist on, a
user-info answer signed as a JWT (ProConnect's), and who may sign in. An account is found by
its verified email address among existing accounts; none is created and no group is granted
from what the provider says.
"""

import logging
import secrets
import time

import requests
from authlib.common.urls import add_params_to_uri
from authlib.integrations.base_client.errors import OAuthError
from authlib.integrations.django_client import OAuth
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from joserfc.jws import JWSRegistry

from common.text import normalise_email

logger = logging.getLogger(__name__)

METADATA_MAX_AGE = 3600

REASONS = {
    "provider_error": _("Le fournisseur d’identité n’a pas authentifié la personne."),
    "state": _(
        "Ce retour du fournisseur d’identité ne correspond à aucune connexion commencée ici "
        "(lien expiré ou déjà utilisé). Recommencez."
    ),
    "token": _("La réponse du fournisseur d’identité n’a pas pu être vérifiée."),
    "unreachable": _("Le fournisseur d’identité ne répond pas. Réessayez plus tard."),
    "no_email": _("Le fournisseur d’identité n’a pas transmis d’adresse électronique."),
    "unverified": _(
        "Le fournisseur d’identité n’atteste pas que cette adresse électronique est vérifiée."
    ),
    "unknown": _(
        "Aucun compte de ce site n’utilise cette adresse électronique. Demandez à un "
        "administrateur de vous en créer un."
    ),
    "ambiguous": _(
        "Plusieurs comptes utilisent cette adresse électronique : un administrateur doit "
        "d’abord corriger les comptes."
    ),
    "inactive": _("Ce compte est désactivé."),
    "no_admin_access": _("Ce compte n’a pas accès à l’administration."),
}


class SignInRefused(Exception):
    def __init__(self, reason, email=""):
        super().__init__(reason)
        self.reason = reason
        self.email = email

    @property
    def message(self):
        return REASONS[self.reason]


def enabled():
    return bool(getattr(settings, "OIDC_ENABLED", False))


def provider_name():
    return settings.OIDC_PROVIDER_NAME


_clients = {}


def reset_clients():
    _clients.clear()


def client():
    """The provider's client, with its metadata refreshed at most every hour."""
    key = (settings.OIDC_DISCOVERY_URL, settings.OIDC_CLIENT_ID)
    current = _clients.get(key)
    if current is not None and time.time() - current.server_metadata.get("_loaded_at", 0) < (
        METADATA_MAX_AGE
    ):
        return current
    oauth = OAuth()
    kwargs = {
        "scope": settings.OIDC_SCOPES,
        "default_timeout": settings.OIDC_TIMEOUT,
        "token_endpoint_auth_method": settings.OIDC_TOKEN_AUTH_METHOD,
    }
    current = oauth.register(
        "provider",
        client_id=settings.OIDC_CLIENT_ID,
        client_secret=settings.OIDC_CLIENT_SECRET,
        server_metadata_url=settings.OIDC_DISCOVERY_URL,
        client_kwargs=kwargs,
    )
    metadata = current.load_server_metadata()
    # PKCE when the provider says it supports it; ProConnect refuses unknown parameters.
    if "S256" in metadata.get("code_challenge_methods_supported", []):
        current.client_kwargs["code_challenge_method"] = "S256"
    _clients[key] = current
    return current


def authorization_url(request, redirect_uri, next_url):
    """Where to send the browser; state, nonce and PKCE verifier stay in the session."""
    try:
        provider = client()
        result = provider.create_authorization_url(
            redirect_uri, state=secrets.token_urlsafe(32), nonce=secrets.token_urlsafe(32)
        )
    except (requests.RequestException, ValueError, RuntimeError) as error:
        raise SignInRefused("unreachable") from error
    provider.save_authorize_data(request, redirect_uri=redirect_uri, next=next_url, **result)
    return result["url"]


def _decode(provider, token, algorithms):
    keys = KeySet.import_key_set(provider.fetch_jwk_set())
    registry = JWSRegistry(algorithms=algorithms)
    try:
        return jwt.decode(token, keys, registry=registry).claims
    except JoseError:
        keys = KeySet.import_key_set(provider.fetch_jwk_set(force=True))
        return jwt.decode(token, keys, registry=registry).claims


def _userinfo(provider, token, subject):
    metadata = provider.load_server_metadata()
    # Asked directly: Authlib would take ProConnect's 60-second access token for expired.
    response = requests.get(
        metadata["userinfo_endpoint"],
        headers={"Authorization": f"Bearer {token['access_token']}"},
        timeout=settings.OIDC_TIMEOUT,
    )
    response.raise_for_status()
    if response.headers.get("content-type", "").split(";")[0].strip() == "application/jwt":
        algorithms = metadata.get("userinfo_signing_alg_values_supported") or metadata.get(
            "id_token_signing_alg_values_supported"
        )
        claims = _decode(provider, response.text.strip(), algorithms)
        if claims.get("iss", metadata["issuer"]) != metadata["issuer"]:
            raise SignInRefused("token")
        audience = claims.get("aud", settings.OIDC_CLIENT_ID)
        if settings.OIDC_CLIENT_ID not in (audience if isinstance(audience, list) else [audience]):
            raise SignInRefused("token")
    else:
        claims = response.json()
    # OpenID Connect Core 5.3.2: the answer must be about the person the ID token names.
    if claims.get("sub") != subject:
        raise SignInRefused("token")
    return claims


def _verified(value):
    return value is True or (isinstance(value, str) and value.lower() == "true")


def complete(request):
    """Check the provider's answer; return (user, provider's ID token, where to go next)."""
    if request.GET.get("error"):
        raise SignInRefused("provider_error")
    try:
        provider = client()
    except (requests.RequestException, ValueError, RuntimeError) as error:
        raise SignInRefused("unreachable") from error
    state = request.GET.get("state", "")
    state_data = provider.framework.get_state_data(request.session, state) if state else None
    if not state_data or not request.GET.get("code"):
        raise SignInRefused("state")
    provider.framework.clear_state_data(request.session, state)
    metadata = provider.load_server_metadata()
    try:
        token = provider.fetch_access_token(
            redirect_uri=state_data["redirect_uri"],
            code=request.GET["code"],
            **(
                {"code_verifier": state_data["code_verifier"]}
                if state_data.get("code_verifier")
                else {}
            ),
        )
        if "id_token" not in token:
            raise SignInRefused("token")
        id_claims = provider.parse_id_token(
            token,
            nonce=state_data["nonce"],
            claims_options={
                "iss": {"essential": True, "value": metadata["issuer"]},
                "aud": {"essential": True, "value": settings.OIDC_CLIENT_ID},
                "nonce": {"essential": True, "value": state_data["nonce"]},
            },
        )
        userinfo = _userinfo(provider, token, id_claims["sub"])
    except SignInRefused:
        raise
    except requests.RequestException as error:
        raise SignInRefused("unreachable") from error
    except (OAuthError, JoseError, ValueError, KeyError) as error:
        logger.warning("Single sign-on answer refused: %s", error.__class__.__name__)
        raise SignInRefused("token") from error
    user = match_account({**dict(id_claims), **userinfo})
    return user, token["id_token"], state_data.get("next")


def match_account(claims):
    """The one active account with the provider's verified email address."""
    email = normalise_email(claims.get("email") or "")
    if not email:
        raise SignInRefused("no_email")
    verified = claims.get("email_verified")
    if not _verified(verified) and not (verified is None and settings.OIDC_TRUST_EMAIL):
        raise SignInRefused("unverified", email)
    candidates = list(get_user_model().objects.filter(email__iexact=email)[:2])
    if not candidates:
        raise SignInRefused("unknown", email)
    if len(candidates) > 1:
        raise SignInRefused("ambiguous", email)
    user = candidates[0]
    if not user.is_active:
        raise SignInRefused("inactive", email)
    if not user.has_perm("wagtailadmin.access_admin"):
        raise SignInRefused("no_admin_access", email)
    return user


def logout_url(id_token, post_logout_redirect_uri):
    """The provider's end-session address (ProConnect signs the agent out there too)."""
    try:
        provider = client()
        end_session = provider.load_server_metadata().get("end_session_endpoint")
    except (requests.RequestException, ValueError, RuntimeError):
        return None
    if not end_session or not id_token:
        return None
    # ProConnect requires a state; the session it would be checked against has just ended
    # (and a forged return only leads to the sign-in page), so it is not kept.
    return add_params_to_uri(
        end_session,
        {
            "id_token_hint": id_token,
            "state": secrets.token_urlsafe(32),
            "post_logout_redirect_uri": post_logout_redirect_uri,
        },
    )
