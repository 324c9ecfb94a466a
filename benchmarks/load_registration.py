#!/usr/bin/env python
"""Load test run by CI: a popular workshop opens and 300 people click at the same second.

On gunicorn (4 workers) with the production settings, on a dedicated PostgreSQL database
and Redis cache, with the django-tasks worker sending emails to files:

1. one session of capacity 50 with a waiting list; 300 visitors each load the form (their
   own cookies and CSRF token), wait at a barrier, then all post at once;
2. checks: every answer is the 303 to the result page (no 5xx, no 4xx), exactly 50
   confirmed, waiting positions exactly 1..250, and once the worker has drained the queue
   every registrant has exactly one email (the 50 confirmed ones with a METHOD:REQUEST
   invite, the 250 waiting ones without);
3. a bounded set of malformed requests (bad or missing CSRF, missing, huge and NUL-laden
   fields, unknown or malformed session ids, wrong methods, bad manage tokens, forged
   result links, a disallowed host, a body over the upload limit): none may get a 5xx,
   and none may change the registrations.

Prints figures (registrations/s, p50/p95 latency, and the same for /healthz as the
trivial-view baseline measured in the same run). Exits non-zero on any failure; the
server and worker are stopped and the database dropped whatever happens.

    .venv/bin/python benchmarks/load_registration.py [--clients 300] [--capacity 50]
"""

import argparse
import datetime
import email
import json
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import Client, ProductionStack, csrf_token, percentile  # noqa: E402

SEPARATOR = "\n" + "-" * 79 + "\n"


def create_session(capacity):
    from django.utils import timezone

    from events.models import EventSession
    from tests.factories import build_site, make_event

    site = build_site()
    start = (timezone.now() + datetime.timedelta(days=10)).replace(second=0, microsecond=0)
    event = make_event(
        site.programme, title="Atelier très demandé", start=start, capacity=capacity,
        waitlist=True, contact_email="labo@example.fr",
    )
    return EventSession.objects.get(event=event)


def form_fields(session_id, n):
    prefix = f"session-{session_id}-"
    return {
        prefix + "first_name": f"Camille{n}",
        prefix + "last_name": "Martin",
        prefix + "email": f"personne{n}@example.org",
        prefix + "organisation": "Préfecture",
        prefix + "job_title": "",
        prefix + "accessibility_needs": "",
        prefix + "consent": "on",
        prefix + "website": "",
    }


def contention(stack, session_id, clients):
    """All clients load the form, then post together: ((status, seconds, location)…), seconds."""
    path = f"/fr/inscriptions/session/{session_id}/"
    visitors = [Client(stack) for _ in range(clients)]

    def load_form(visitor):
        status, _headers, body = visitor.request("GET", path)
        if status != 200:
            raise AssertionError(f"form page answered {status}")
        return csrf_token(body)

    with ThreadPoolExecutor(max_workers=32) as pool:
        tokens = list(pool.map(load_form, visitors))

    barrier = threading.Barrier(clients + 1)
    results = [None] * clients

    def post(index):
        visitor = visitors[index]
        data = {**form_fields(session_id, index + 1), "csrfmiddlewaretoken": tokens[index]}
        barrier.wait()
        started = time.perf_counter()
        try:
            status, headers, _body = visitor.request("POST", path, body=data)
        except OSError as error:
            results[index] = (f"error: {error}", time.perf_counter() - started, "")
            return
        results[index] = (status, time.perf_counter() - started, headers.get("Location", ""))

    threads = [threading.Thread(target=post, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    for visitor in visitors:
        visitor.close()
    return results, elapsed


def baseline(stack, clients, requests_per_client=3):
    """The trivial view (/healthz: one SELECT 1) under the same concurrency."""
    latencies = []
    lock = threading.Lock()

    def hammer(_):
        client = Client(stack)
        for _i in range(requests_per_client):
            started = time.perf_counter()
            status, _headers, _body = client.request("GET", "/healthz")
            with lock:
                latencies.append((status, time.perf_counter() - started))
        client.close()

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(hammer, range(clients)))
    return latencies, time.perf_counter() - started


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
    record("wrong CSRF token", client.request("POST", path, body={**valid, "csrfmiddlewaretoken": "x" * 64}))
    record("no CSRF cookie", Client(stack).request("POST", path, body={**valid, "csrfmiddlewaretoken": token}))
    record("foreign origin", client.request(
        "POST", path, body={**valid, "csrfmiddlewaretoken": token}, headers={"Origin": "https://evil.example"}
    ))
    prefix = f"session-{session_id}-"
    for field in ("first_name", "last_name", "email", "organisation", "consent"):
        data = {k: v for k, v in valid.items() if k != prefix + field}
        record(f"missing {field}", client.request("POST", path, body={**data, "csrfmiddlewaretoken": token}))
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
                "POST", path, body=f"{prefix}{field}=%ED%A0%80&csrfmiddlewaretoken={token}".encode(),
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            )
        record(f"bad {field} ({len(value)} chars)", response)
    record("body over the upload limit", client.request(
        "POST", path, body={**valid, "csrfmiddlewaretoken": token, "junk": "x" * 3_000_000}
    ))
    record("not urlencoded", client.request(
        "POST", path, body=b"\xff\xfe\x00garbage", headers={"Content-Type": "application/x-www-form-urlencoded"}
    ))
    record("multipart without boundary", client.request(
        "POST", path, body=b"x", headers={"Content-Type": "multipart/form-data"}
    ))
    for bad_path in (
        "/fr/inscriptions/session/999999999/",
        "/fr/inscriptions/session/99999999999999999999999/",
        "/fr/inscriptions/session/-1/",
        "/fr/inscriptions/session/abc/",
    ):
        client, token = fresh()
        record(f"POST {bad_path}", client.request("POST", bad_path, body={**valid, "csrfmiddlewaretoken": token}))
        record(f"GET {bad_path}", client.request("GET", bad_path))
    for method in ("PUT", "DELETE", "PATCH", "OPTIONS"):
        client, token = fresh()
        record(f"{method} on the form", client.request(method, path, headers={"X-CSRFToken": token}))
    for bad_token in ("x", "A" * 43, "A" * 500, "..%2F..%2Fetc", "%00", token_example[:-1] + "!"):
        record(f"manage token {bad_token[:12]}", Client(stack).request("GET", f"/fr/inscriptions/gerer/{bad_token}/"))
        client, token = fresh()
        record(f"cancel token {bad_token[:12]}", client.request(
            "POST", f"/fr/inscriptions/gerer/{bad_token}/annuler/",
            body={"confirm": "yes", "csrfmiddlewaretoken": token},
        ))
        record(f"invite token {bad_token[:12]}", Client(stack).request(
            "GET", f"/fr/inscriptions/gerer/{bad_token}/invitation.ics"
        ))
    record("GET on cancel", Client(stack).request("GET", f"/fr/inscriptions/gerer/{token_example}/annuler/"))
    client, token = fresh()
    record("cancel without CSRF", Client(stack).request(
        "POST", f"/fr/inscriptions/gerer/{token_example}/annuler/", body={"confirm": "yes"}
    ))
    for forged in ("", "abc", "eyJzIjoxfQ:forged:sig", "x" * 5000):
        record(f"result r={forged[:10]}", Client(stack).request("GET", f"/fr/inscriptions/resultat/?r={forged}"))
    record("disallowed host", Client(stack).request("GET", path, headers={"Host": "evil.example"}))
    record("plain http (no proxy header)", Client(stack).request("GET", path, proxy_https=False))
    for query in ("theme=%00", "page=-1", "page=99999", "date_from=2021-13-45", "q=" + "z" * 5000, "region=1'--"):
        record(f"programme ?{query[:20]}", Client(stack).request("GET", f"/fr/programme/?{query}"))
    record("search huge", Client(stack).request("GET", "/fr/recherche/?q=" + "%C3%A9" * 3000))
    record("feed bad filters", Client(stack).request("GET", "/fr/calendrier/programme.ics?theme=%FF&page=x"))
    return outcomes


def read_emails(mail_dir):
    messages = []
    for path in sorted(Path(mail_dir).glob("*.log")):
        for chunk in path.read_text(encoding="utf-8", errors="replace").split(SEPARATOR):
            if chunk.strip():
                messages.append(email.message_from_string(chunk))
    return messages


def wait_for_emails(expected, timeout=180):
    from django_tasks_db.models import DBTaskResult

    from registrations.models import OutboundEmail

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        unsent = OutboundEmail.objects.filter(sent_at__isnull=True).count()
        total = OutboundEmail.objects.count()
        pending = DBTaskResult.objects.filter(status__in=["READY", "RUNNING"]).count()
        if total >= expected and unsent == 0 and pending == 0:
            return True
        time.sleep(0.5)
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=300)
    parser.add_argument("--capacity", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every malformed request")
    args = parser.parse_args()
    failures = []
    figures = {}

    stack = ProductionStack(
        "innovation_loadtest",
        workers=args.workers,
        # Every client comes from 127.0.0.1: the per-IP limit is not what is measured here.
        extra_env={"REGISTRATION_RATE_LIMIT_IP": "0/60"},
    )
    with stack:
        figures["setup_s"] = round(stack.prepare(), 1)
        session = create_session(args.capacity)
        stack.start()

        results, elapsed = contention(stack, session.pk, args.clients)
        statuses = Counter(str(status) for status, _latency, _location in results)
        latencies = [latency for _status, latency, _location in results]
        figures.update(
            clients=args.clients,
            statuses=dict(statuses),
            registrations_per_s=round(args.clients / elapsed, 1),
            p50_ms=round(percentile(latencies, 0.5) * 1000),
            p95_ms=round(percentile(latencies, 0.95) * 1000),
        )
        if statuses != Counter({"303": args.clients}):
            failures.append(f"every POST should get 303, got {dict(statuses)}")
        if any("/inscriptions/resultat/" not in location for _s, _l, location in results):
            failures.append("some 303 did not lead to the result page")

        from registrations.models import Registration

        rows = Registration.objects.filter(session=session)
        confirmed = rows.filter(status="confirmed").count()
        positions = sorted(rows.filter(status="waitlisted").values_list("waitlist_position", flat=True))
        waiting = args.clients - args.capacity
        figures.update(confirmed=confirmed, waitlisted=len(positions))
        if confirmed != args.capacity:
            failures.append(f"{confirmed} confirmed for {args.capacity} seats")
        if positions != list(range(1, waiting + 1)):
            failures.append(f"waiting positions are not 1..{waiting}: {positions[:5]}…{positions[-5:]}")

        base, base_elapsed = baseline(stack, min(args.clients, 64))
        base_latencies = [latency for _status, latency in base]
        figures.update(
            baseline_requests_per_s=round(len(base) / base_elapsed, 1),
            baseline_p50_ms=round(percentile(base_latencies, 0.5) * 1000),
            baseline_p95_ms=round(percentile(base_latencies, 0.95) * 1000),
        )
        figures["ratio_to_baseline_throughput"] = round(
            figures["registrations_per_s"] / figures["baseline_requests_per_s"], 3
        )
        if any(status != 200 for status, _latency in base):
            failures.append("/healthz failed under load")

        emailed = wait_for_emails(args.clients)
        messages = read_emails(stack.mail_dir)
        per_address = Counter(message["To"] for message in messages)
        invites = Counter()
        for message in messages:
            for part in message.walk():
                if part.get_content_type() == "text/calendar":
                    invites[message["To"]] += 1
                    if "METHOD:REQUEST" not in part.get_payload(decode=True).decode():
                        failures.append(f"invite to {message['To']} is not METHOD:REQUEST")
        confirmed_addresses = set(rows.filter(status="confirmed").values_list("email", flat=True))
        figures.update(emails=len(messages), invites=sum(invites.values()))
        if not emailed:
            failures.append("the worker did not send every email within 180 s")
        expected = {f"personne{n}@example.org" for n in range(1, args.clients + 1)}
        if set(per_address) != expected or set(per_address.values()) != {1}:
            extra = {a: c for a, c in per_address.items() if c != 1 or a not in expected}
            failures.append(
                f"each registrant should get exactly one email: {len(per_address)} addresses, "
                f"{len(expected - set(per_address))} without, anomalies {list(extra.items())[:5]}"
            )
        if set(invites) != confirmed_addresses or set(invites.values()) != {1}:
            failures.append("the confirmed registrants (and only they) should get one invite each")

        token_example = rows.filter(status="confirmed").values_list("token", flat=True).first()
        before = sorted(rows.values_list("id", "status", "waitlist_position"))
        outcomes = malformed_requests(stack, session.pk, token_example)
        figures["malformed"] = dict(Counter(str(status) for _label, status in outcomes))
        errors = [(label, status) for label, status in outcomes if status >= 500]
        if errors:
            failures.append(f"5xx on malformed requests: {errors}")
        if sorted(rows.values_list("id", "status", "waitlist_position")) != before:
            failures.append("a malformed request changed the registrations")
        logged = stack.server_errors()
        if logged:
            failures.append(f"the server logged errors: {logged[:3]}")
        if failures or args.verbose:
            print("\n--- malformed requests ---")
            for label, status in outcomes:
                print(f"{status}  {label}")
            print("\n--- server log (tail) ---\n" + "\n".join(stack.log.read_text().splitlines()[-60:]))

    print(json.dumps(figures, indent=2, ensure_ascii=False))
    if failures:
        print("LOAD TEST FAILED:\n- " + "\n- ".join(failures))
        return 1
    print(
        f"load test: OK — {args.clients} concurrent registrations, {args.capacity} confirmed, "
        f"positions 1..{args.clients - args.capacity}, one email each, "
        f"{len(outcomes)} malformed requests without 5xx"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
