"""Malformed requests sent by the load test: none may get a 5xx or change a registration.

Bad or missing CSRF, missing, huge and NUL-laden fields, unknown or malformed session ids,
wrong methods, bad manage tokens, forged result links, a disallowed host, a body over the
upload limit, bad programme and feed filters.
"""

from benchmarks.harness import Client, csrf_token


def form_fields(session_id, n, address="personne{n}@example.org"):
    prefix = f"session-{session_id}-"
    return {
        prefix + "first_name": f"Camille{n}",
        prefix + "last_name": "Martin",
        prefix + "email": address.format(n=n),
        prefix + "organisation": "Préfecture",
        prefix + "job_title": "",
        prefix + "accessibility_needs": "",
        prefix + "consent": "on",
        prefix + "website": "",
    }


def malformed_requests(stack, session_id, token_example):
    """(label, status) for each bad request; the form page gives a valid CSRF pair."""
    path = f"/fr/inscriptions/session/{session_id}/"
    outcomes = []

    def fresh():
        client = Client(stack)
        _status, _headers, body = client.request("GET", path)
        return client, csrf_token(body)

    def record(label, response):
        outcomes.append((label, response[0]))

    valid = form_fields(session_id, 10_000)

    client, token = fresh()
    record("no CSRF token", client.request("POST", path, body=valid))
    record(
        "wrong CSRF token",
        client.request("POST", path, body={**valid, "csrfmiddlewaretoken": "x" * 64}),
    )
    record(
        "no CSRF cookie",
        Client(stack).request("POST", path, body={**valid, "csrfmiddlewaretoken": token}),
    )
    record(
        "foreign origin",
        client.request(
            "POST",
            path,
            body={**valid, "csrfmiddlewaretoken": token},
            headers={"Origin": "https://evil.example"},
        ),
    )
    prefix = f"session-{session_id}-"
    for field in ("first_name", "last_name", "email", "organisation", "consent"):
        data = {k: v for k, v in valid.items() if k != prefix + field}
        record(
            f"missing {field}",
            client.request("POST", path, body={**data, "csrfmiddlewaretoken": token}),
        )
    record("empty body", client.request("POST", path, body={"csrfmiddlewaretoken": token}))
    for field, value in (
        ("first_name", "A" * 100_000),
        ("accessibility_needs", "B" * 200_000),
        ("email", "c" * 300 + "@example.org"),
        ("email", "pas-une-adresse"),
        ("organisation", "nul\x00caractère"),
        ("last_name", "\ud800"),
        ("website", "http://spam.example"),
    ):
        data = {**valid, prefix + field: value, "csrfmiddlewaretoken": token}
        try:
            response = client.request("POST", path, body=data)
        except UnicodeEncodeError:
            response = client.request(
                "POST",
                path,
                body=f"{prefix}{field}=%ED%A0%80&csrfmiddlewaretoken={token}".encode(),
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            )
        record(f"bad {field} ({len(value)} chars)", response)
    record(
        "body over the upload limit",
        client.request(
            "POST", path, body={**valid, "csrfmiddlewaretoken": token, "junk": "x" * 3_000_000}
        ),
    )
    record(
        "not urlencoded",
        client.request(
            "POST",
            path,
            body=b"\xff\xfe\x00garbage",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        ),
    )
    record(
        "multipart without boundary",
        client.request("POST", path, body=b"x", headers={"Content-Type": "multipart/form-data"}),
    )
    for bad_path in (
        "/fr/inscriptions/session/999999999/",
        "/fr/inscriptions/session/99999999999999999999999/",
        "/fr/inscriptions/session/-1/",
        "/fr/inscriptions/session/abc/",
    ):
        client, token = fresh()
        record(
            f"POST {bad_path}",
            client.request("POST", bad_path, body={**valid, "csrfmiddlewaretoken": token}),
        )
        record(f"GET {bad_path}", client.request("GET", bad_path))
    for method in ("PUT", "DELETE", "PATCH", "OPTIONS"):
        client, token = fresh()
        record(
            f"{method} on the form", client.request(method, path, headers={"X-CSRFToken": token})
        )
    for bad_token in ("x", "A" * 43, "A" * 500, "..%2F..%2Fetc", "%00", token_example[:-1] + "!"):
        record(
            f"manage token {bad_token[:12]}",
            Client(stack).request("GET", f"/fr/inscriptions/gerer/{bad_token}/"),
        )
        client, token = fresh()
        record(
            f"cancel token {bad_token[:12]}",
            client.request(
                "POST",
                f"/fr/inscriptions/gerer/{bad_token}/annuler/",
                body={"confirm": "yes", "csrfmiddlewaretoken": token},
            ),
        )
        record(
            f"invite token {bad_token[:12]}",
            Client(stack).request("GET", f"/fr/inscriptions/gerer/{bad_token}/invitation.ics"),
        )
    record(
        "GET on cancel",
        Client(stack).request("GET", f"/fr/inscriptions/gerer/{token_example}/annuler/"),
    )
    client, token = fresh()
    record(
        "cancel without CSRF",
        Client(stack).request(
            "POST", f"/fr/inscriptions/gerer/{token_example}/annuler/", body={"confirm": "yes"}
        ),
    )
    for forged in ("", "abc", "eyJzIjoxfQ:forged:sig", "x" * 5000):
        record(
            f"result r={forged[:10]}",
            Client(stack).request("GET", f"/fr/inscriptions/resultat/?r={forged}"),
        )
    record("disallowed host", Client(stack).request("GET", path, headers={"Host": "evil.example"}))
    record("plain http (no proxy header)", Client(stack).request("GET", path, proxy_https=False))
    for query in (
        "theme=%00",
        "page=-1",
        "page=99999",
        "date_from=2021-13-45",
        "q=" + "z" * 5000,
        "region=1'--",
    ):
        record(f"programme ?{query[:20]}", Client(stack).request("GET", f"/fr/programme/?{query}"))
    record("search huge", Client(stack).request("GET", "/fr/recherche/?q=" + "%C3%A9" * 3000))
    record(
        "feed bad filters",
        Client(stack).request("GET", "/fr/calendrier/programme.ics?theme=%FF&page=x"),
    )
    return outcomes
