"""A small OpenID Connect provider on 127.0.0.1, started by the tests (no network).

It speaks the authorisation code flow the way ProConnect does: discovery, an authorisation
endpoint that answers at once with a code (the person is taken as signed in there), a token
endpoint checking the client secret, the redirect URI and PKCE, signed ID tokens, a JWKS,
and user info as JSON or as a signed JWT. Tests change ``claims`` (what the provider says
about the person), ``id_token_changes`` and ``userinfo_changes`` (to forge answers).
"""

import base64
import hashlib
import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from joserfc import jwt
from joserfc.jwk import RSAKey

CLIENT_ID = "site-innovation-test"
CLIENT_SECRET = "secret-de-test-" + "x" * 20


class Provider:
    def __init__(self):
        self.key = RSAKey.generate_key(2048, parameters={"kid": "test-key", "use": "sig"})
        self.claims = {
            "sub": "agent-4f2a",
            "email": "dominique.martin@interieur.gouv.fr",
            "email_verified": True,
            "given_name": "Dominique",
            "usual_name": "Martin",
        }
        self.id_token_changes = {}
        self.userinfo_changes = {}
        self.userinfo_as_jwt = False
        self.supports_pkce = True
        self.authorize_requests = []
        self.token_requests = []
        self._codes = {}
        self._access_tokens = {}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    @property
    def discovery_url(self):
        return f"{self.url}/.well-known/openid-configuration"

    def metadata(self):
        data = {
            "issuer": self.url,
            "authorization_endpoint": f"{self.url}/authorize",
            "token_endpoint": f"{self.url}/token",
            "userinfo_endpoint": f"{self.url}/userinfo",
            "jwks_uri": f"{self.url}/jwks",
            "end_session_endpoint": f"{self.url}/session/end",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "userinfo_signing_alg_values_supported": ["RS256"],
            "token_endpoint_auth_methods_supported": ["client_secret_post"],
        }
        if self.supports_pkce:
            data["code_challenge_methods_supported"] = ["S256"]
        return data

    def sign(self, claims):
        return jwt.encode({"alg": "RS256", "kid": "test-key"}, claims, self.key)

    def _authorize(self, query):
        self.authorize_requests.append(query)
        code = secrets.token_urlsafe(16)
        self._codes[code] = query
        target = f"{query['redirect_uri']}?{urlencode({'code': code, 'state': query['state']})}"
        return 302, {"Location": target}, b""

    def _token(self, form):
        self.token_requests.append(form)
        request = self._codes.pop(form.get("code", ""), None)  # a code works once
        if (
            request is None
            or form.get("client_id") != CLIENT_ID
            or form.get("client_secret") != CLIENT_SECRET
            or form.get("redirect_uri") != request["redirect_uri"]
        ):
            return self._json({"error": "invalid_grant"}, 400)
        if "code_challenge" in request:
            verifier = form.get("code_verifier", "")
            digest = hashlib.sha256(verifier.encode()).digest()
            challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
            if challenge != request["code_challenge"]:
                return self._json({"error": "invalid_grant"}, 400)
        now = int(time.time())
        access_token = secrets.token_urlsafe(24)
        self._access_tokens[access_token] = True
        id_claims = {
            "iss": self.url,
            "sub": self.claims["sub"],
            "aud": CLIENT_ID,
            "exp": now + 60,
            "iat": now,
            "nonce": request.get("nonce"),
            "acr": "eidas1",
            "amr": ["pwd"],
            **self.id_token_changes,
        }
        return self._json(
            {
                "access_token": access_token,
                "token_type": "Bearer",
                "expires_in": 60,
                "id_token": self.sign(id_claims),
            }
        )

    def _userinfo(self, authorization):
        token = authorization.removeprefix("Bearer ").strip()
        if token not in self._access_tokens:
            return self._json({"error": "invalid_token"}, 401)
        claims = {**self.claims, **self.userinfo_changes}
        if self.userinfo_as_jwt:
            body = self.sign({"iss": self.url, "aud": CLIENT_ID, **claims}).encode()
            return 200, {"Content-Type": "application/jwt"}, body
        return self._json(claims)

    @staticmethod
    def _json(data, status=200):
        return status, {"Content-Type": "application/json"}, json.dumps(data).encode()

    def _handler(self):
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _send(self, status, headers, body):
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                url = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                if url.path == "/.well-known/openid-configuration":
                    self._send(*provider._json(provider.metadata()))
                elif url.path == "/jwks":
                    public = provider.key.as_dict(private=False)
                    self._send(*provider._json({"keys": [{**public, "alg": "RS256"}]}))
                elif url.path == "/authorize":
                    self._send(*provider._authorize(query))
                elif url.path == "/userinfo":
                    self._send(*provider._userinfo(self.headers.get("Authorization", "")))
                else:
                    self._send(404, {}, b"")

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                if urlsplit(self.path).path == "/token":
                    self._send(*provider._token(form))
                else:
                    self._send(404, {}, b"")

        return Handler
