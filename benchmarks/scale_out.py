#!/usr/bin/env python
"""Scale-out test: two app servers and two task workers on one PostgreSQL and one Redis.

Starts two gunicorn instances on two ports (as two servers behind a load balancer without
sticky sessions) and two ``db_worker`` processes, then:

1. a burst of registrations on one session across both instances: each visitor loads the
   form from one instance and posts it to the other, and reads its result page on the
   first; exactly the capacity confirmed, waiting positions exactly 1..N;
2. emails: the two workers are held (SIGSTOP) during the burst so that the whole queue
   waits for them, then resume at the moment the job that resends unsent emails starts,
   and the three race for the same rows: every registrant gets exactly one
   email, and no stored email is ever claimed twice;
3. state that must be shared: the email rate limit counts attempts made on both
   instances; an editor who logs in on one instance is logged in on the other; static
   files have hashed names, and either instance serves them compressed and cacheable
   forever.

Exits 1 when a count or a guarantee is broken, never because of a time.

    .venv/bin/python benchmarks/scale_out.py [--clients 200] [--capacity 40]
"""

import argparse
import json
import re
import secrets
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import Client, ProductionStack, csrf_token, read_emails  # noqa: E402
from benchmarks.load_registration import (  # noqa: E402
    check_claims,
    contended_burst,
    create_contended_session,
)
from benchmarks.malformed import form_fields  # noqa: E402

EMAIL_LIMIT = 3
STATIC_LINK = re.compile(r'(?:href|src)="(/static/[^"?#]+\.(?:css|js))"')
HASHED = re.compile(r"\.[0-9a-f]{12}\.(?:css|js)$")


def rate_limit_across_instances(stack, session_id, failures):
    """EMAIL_LIMIT + 1 attempts with one address, alternating instances: the last is refused."""
    path = f"/fr/inscriptions/session/{session_id}/"
    statuses = []
    for attempt in range(EMAIL_LIMIT + 1):
        client = Client(stack, attempt % 2)
        _status, _headers, body = client.request("GET", path)
        client.switch(attempt + 1)
        data = {
            **form_fields(session_id, 0, "meme.adresse@example.org"),
            "csrfmiddlewaretoken": csrf_token(body),
        }
        statuses.append(client.request("POST", path, body=data)[0])
        client.close()
    if statuses != [303] * EMAIL_LIMIT + [429]:
        failures.append(
            f"the email rate limit is not shared by the instances: {statuses} "
            f"(expected {EMAIL_LIMIT} × 303 then 429)"
        )
    return statuses


def login_across_instances(stack, failures):
    """An editor logs in on instance 1 and uses the admin on instance 2."""
    from django.contrib.auth import get_user_model

    password = secrets.token_urlsafe(16)
    get_user_model().objects.create_superuser("editrice", "editrice@example.org", password)
    client = Client(stack, 0)
    _status, _headers, body = client.request("GET", "/admin/login/")
    data = {"username": "editrice", "password": password, "csrfmiddlewaretoken": csrf_token(body)}
    client.switch(1)
    status, headers, _body = client.request("POST", "/admin/login/", body=data)
    client.switch(0)
    admin_status, admin_headers, _body = client.request("GET", "/admin/")
    client.close()
    outcome = {"login": status, "admin_on_the_other_instance": admin_status}
    if status != 302 or admin_status != 200:
        failures.append(
            f"the admin session is not shared: login {status} {headers.get('Location')}, "
            f"then /admin/ {admin_status} {admin_headers.get('Location')}"
        )
    return outcome


def static_files_across_instances(stack, failures):
    """Hashed names in the pages; each instance serves them compressed and immutable."""
    status, _headers, body = Client(stack, 0).request("GET", "/fr/")
    links = sorted(set(STATIC_LINK.findall(body.decode())))
    if status != 200 or not links:
        failures.append(f"home page {status} without static links")
        return {}
    unhashed = [link for link in links if not HASHED.search(link)]
    if unhashed:
        failures.append(f"static files without a hashed name: {unhashed[:3]}")
    served = {}
    for index, link in enumerate(links):
        client = Client(stack, index % 2)
        status, headers, _body = client.request("GET", link, headers={"Accept-Encoding": "gzip"})
        client.close()
        cache = headers.get("Cache-Control", "")
        served[link] = (status, headers.get("Content-Encoding"), cache)
        if status != 200 or "immutable" not in cache or "max-age=315360000" not in cache:
            failures.append(f"{link} on instance {index % 2 + 1}: {status} {cache!r}")
        if headers.get("Content-Encoding") not in ("gzip", "br"):
            failures.append(f"{link} is not served compressed")
    return {"links": len(links), "hashed": len(links) - len(unhashed)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--capacity", type=int, default=40)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per instance")
    args = parser.parse_args()
    failures = []
    stack = ProductionStack(
        "innovation_scaleout",
        workers=args.workers,
        instances=2,
        task_workers=2,
        extra_env={
            "REGISTRATION_RATE_LIMIT_IP": "0/60",
            "REGISTRATION_RATE_LIMIT_BROWSER": "0/60",
            "REGISTRATION_RATE_LIMIT_GLOBAL": "0/60",
            # A day-long window: the limit cannot reset in the middle of the check.
            "REGISTRATION_RATE_LIMIT_EMAIL": f"{EMAIL_LIMIT}/86400",
        },
    )
    figures = {"instances": 2, "task_workers": 2, "gunicorn_workers_each": args.workers}
    with stack:
        figures["setup_s"] = round(stack.prepare(), 1)
        site, session = create_contended_session(args.capacity)
        _site, other = create_contended_session(5, site, title="Atelier du jeudi")
        stack.start()
        figures["burst"] = contended_burst(
            stack, session, args.clients, args.capacity, failures, racing_job=True
        )
        figures["claimed_twice"] = check_claims(failures)
        # Who sent what (timing decides; any split is right as long as each went once).
        by_process = {
            folder.name: len(read_emails(folder))
            for folder in sorted(stack.mail_dir.iterdir())
            if folder.is_dir() and read_emails(folder)
        }
        by_process["resend job"] = len(read_emails(stack.mail_dir)) - sum(by_process.values())
        figures["emails_by_process"] = by_process
        figures["rate_limit_statuses"] = rate_limit_across_instances(stack, other.pk, failures)
        figures["admin_session"] = login_across_instances(stack, failures)
        figures["static_files"] = static_files_across_instances(stack, failures)
        logged = stack.server_errors()
        if logged:
            failures.append(f"the servers logged errors: {logged[:3]}")
        if failures:
            print("\n".join(stack.log.read_text().splitlines()[-60:]))
    print(json.dumps(figures, indent=2, ensure_ascii=False))
    if failures:
        print("SCALE-OUT TEST FAILED:\n- " + "\n- ".join(failures))
        return 1
    print(
        f"scale-out test: OK — {args.clients} registrations across 2 instances "
        f"({args.capacity} confirmed, positions 1..{args.clients - args.capacity}), every email "
        "sent once by 2 racing workers and the resend job, rate limits, admin sessions and "
        "static files shared"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
