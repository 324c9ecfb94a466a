#!/usr/bin/env python
"""Registrations under contention: the CI load test and its benchmark, in one run.

On gunicorn with the production settings, a dedicated PostgreSQL database, Redis and the
django-tasks worker sending emails to files:

1. contended: one session of capacity 50 with a waiting list; 300 visitors each load the
   form (their own cookies and CSRF token), wait at a barrier, then all post at once;
2. spread: the same burst, one session per visitor (all of them confirmed);
3. /healthz, a trivial view (one SELECT 1), hammered by 64 clients: the ceiling of the
   stack;
4. a bounded set of malformed requests (``benchmarks/malformed.py``).

Checks (the exit status is 1 when one fails, never because of a time): every POST gets the
303 to the result page; exactly the capacity confirmed and waiting positions exactly
1..N on the contended session, one confirmed registration per spread session; once the
worker has drained the queue every registrant has exactly one email (the confirmed ones
with a METHOD:REQUEST invite, the waiting ones without); no malformed request gets a 5xx
or changes a registration; the server logs no error.

Prints registrations per second and p50/p95 of both bursts, the email tasks each burst
enqueued (one ``send_queued_emails`` for a burst the workers wait for), /healthz's
requests per second, the ratios contended/spread and spread/healthz (docs/performance.md
has the goals), and the CPU each request took, by kind of process (web, database, Redis,
load generator): on a machine whose cores every process shares, that says what a ratio is
made of.
The task workers wait while a burst is posted and send its emails right after
(``--send-during-bursts`` lets them run): on a 2-core machine they would take the cores
that the web processes are measured on, where production runs them elsewhere.
``--instances 2 --task-workers 2`` runs the same on two app servers and two workers; each
visitor then loads its form from one instance and posts it to the other.

    .venv/bin/python benchmarks/load_registration.py [--clients 300] [--capacity 50]
"""

import argparse
import datetime
import json
import statistics
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import (  # noqa: E402
    Client,
    ProductionStack,
    cpu_ms_each,
    cpu_seconds,
    csrf_token,
    percentile,
    read_emails,
)
from benchmarks.malformed import form_fields, malformed_requests  # noqa: E402

CONTENDED_ADDRESS = "personne{n}@example.org"
SPREAD_ADDRESS = "repartie{n}@example.org"


def create_contended_session(capacity, site=None, title="Atelier très demandé"):
    from django.utils import timezone

    from events.models import EventSession
    from tests.factories import build_site, make_event

    site = site or build_site()
    start = (timezone.now() + datetime.timedelta(days=10)).replace(second=0, microsecond=0)
    event = make_event(
        site.programme,
        title=title,
        start=start,
        capacity=capacity,
        waitlist=True,
        contact_email="labo@example.fr",
    )
    return site, EventSession.objects.get(event=event)


def create_spread_sessions(site, count, capacity, offset=0):
    """``count`` open sessions, three per event as on a real programme."""
    from django.utils import timezone

    from benchmarks.content import add_events
    from events.models import EventSession
    from taxonomy.models import EventFormat, Organisation, Region, Theme

    if not hasattr(site, "taxonomy"):
        site.taxonomy = {
            "themes": [Theme.objects.create(name="Thème", slug="theme", locale=site.fr)],
            "regions": [Region.objects.create(name="Région", slug="region", locale=site.fr)],
            "formats": [EventFormat.objects.create(name="Format", slug="format", locale=site.fr)],
            "organisations": [
                Organisation.objects.create(
                    name="Organisation", slug="organisation", locale=site.fr, family="state"
                )
            ],
        }
        site.start = (timezone.now() + datetime.timedelta(days=20)).replace(
            minute=0, second=0, microsecond=0
        )
    events = add_events(site, -(-count // 3), offset, sessions=3, capacity=capacity)
    ids = EventSession.objects.filter(event__in=events).order_by("pk").values_list("pk", flat=True)
    return list(ids)[:count]


def burst(stack, plan):
    """Each (session id, fields) of ``plan`` is one visitor: it loads the form, waits at a
    barrier with the others, then they all post at once. With several instances the form
    comes from one and the post goes to the next. Returns ([(status, seconds, location)],
    seconds from the barrier to the last answer, CPU milliseconds per POST by process kind)."""
    instances = len(stack.ports)
    visitors = [Client(stack, i % instances) for i in range(len(plan))]

    def load_form(index):
        session_id, _fields = plan[index]
        status, _headers, body = visitors[index].request(
            "GET", f"/fr/inscriptions/session/{session_id}/"
        )
        if status != 200:
            raise AssertionError(f"form page answered {status}")
        visitors[index].switch(index + 1)
        return csrf_token(body)

    with ThreadPoolExecutor(max_workers=32) as pool:
        tokens = list(pool.map(load_form, range(len(plan))))
    if stack.hold_task_workers:
        # The emails queue up and go once the burst is over (drain_emails): on this
        # machine the workers would take the cores the web processes are measured on.
        stack.pause_task_workers()

    barrier = threading.Barrier(len(plan) + 1)
    results = [None] * len(plan)

    def post(index):
        session_id, fields = plan[index]
        data = {**fields, "csrfmiddlewaretoken": tokens[index]}
        barrier.wait()
        started = time.perf_counter()
        try:
            status, headers, _body = visitors[index].request(
                "POST", f"/fr/inscriptions/session/{session_id}/", body=data
            )
        except OSError as error:
            results[index] = (f"error: {error}", time.perf_counter() - started, "")
            return
        results[index] = (status, time.perf_counter() - started, headers.get("Location", ""))

    threads = [threading.Thread(target=post, args=(i,)) for i in range(len(plan))]
    for thread in threads:
        thread.start()
    used_before = cpu_seconds()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    cpu = cpu_ms_each(used_before, cpu_seconds(), len(plan))
    for visitor in visitors:
        visitor.close()
    return results, elapsed, cpu


def burst_figures(results, elapsed, cpu, failures, label):
    statuses = Counter(str(status) for status, _latency, _location in results)
    latencies = [latency for _status, latency, _location in results]
    if statuses != Counter({"303": len(results)}):
        failures.append(f"{label}: every POST should get 303, got {dict(statuses)}")
    if any("/inscriptions/resultat/" not in location for _s, _l, location in results):
        failures.append(f"{label}: some 303 did not lead to the result page")
    return {
        "clients": len(results),
        "statuses": dict(statuses),
        "registrations_per_s": round(len(results) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 0.5) * 1000),
        "p95_ms": round(percentile(latencies, 0.95) * 1000),
        "cpu_ms_per_request": cpu,
    }


def follow_results(stack, results, sample=20):
    """The result pages of a sample of visitors, each on another instance than its POST."""
    statuses = Counter()
    for index, (_status, _latency, location) in enumerate(results[:sample]):
        client = Client(stack, (index + 1) % len(stack.ports))
        statuses[client.request("GET", location)[0]] += 1
        client.close()
    return statuses


def check_contended(session, clients, capacity, failures):
    from registrations.models import Registration, RegistrationStatus

    rows = Registration.objects.filter(session=session)
    confirmed = rows.filter(status=RegistrationStatus.CONFIRMED).count()
    positions = sorted(
        rows.filter(status=RegistrationStatus.WAITLISTED).values_list(
            "waitlist_position", flat=True
        )
    )
    waiting = clients - capacity
    if confirmed != capacity:
        failures.append(f"contended: {confirmed} confirmed for {capacity} seats")
    if positions != list(range(1, waiting + 1)):
        failures.append(
            f"contended: waiting positions are not 1..{waiting}: {positions[:5]}…{positions[-5:]}"
        )
    return {"confirmed": confirmed, "waitlisted": len(positions)}


def check_spread(session_ids, failures):
    from registrations.models import Registration, RegistrationStatus

    per_session = Counter(
        Registration.objects.filter(
            session_id__in=session_ids, status=RegistrationStatus.CONFIRMED
        ).values_list("session_id", flat=True)
    )
    if set(per_session) != set(session_ids) or set(per_session.values()) != {1}:
        failures.append(
            f"spread: expected one confirmed registration on each of {len(session_ids)} "
            f"sessions, got {len(per_session)} sessions with {sum(per_session.values())}"
        )
    return {"confirmed": sum(per_session.values())}


def baseline(stack, clients, requests_per_client=5):
    """The trivial view (/healthz) under concurrency, over every instance."""
    latencies = []
    lock = threading.Lock()

    def hammer(index):
        client = Client(stack, index % len(stack.ports))
        for _i in range(requests_per_client):
            started = time.perf_counter()
            status, _headers, _body = client.request("GET", "/healthz")
            with lock:
                latencies.append((status, time.perf_counter() - started))
        client.close()

    used_before = cpu_seconds()
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(hammer, range(clients)))
    elapsed = time.perf_counter() - started
    return latencies, elapsed, cpu_ms_each(used_before, cpu_seconds(), len(latencies))


def wait_for_emails(expected, timeout=180):
    """True once ``expected`` emails exist, none unsent and no task waiting or running."""
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


def check_emails(stack, addresses, confirmed_addresses, failures, label):
    """Exactly one email per address, and one METHOD:REQUEST invite per confirmed one."""
    messages = [m for m in read_emails(stack.mail_dir) if m["To"] in addresses]
    per_address = Counter(message["To"] for message in messages)
    invites = Counter()
    for message in messages:
        for part in message.walk():
            if part.get_content_type() == "text/calendar":
                invites[message["To"]] += 1
                if "METHOD:REQUEST" not in part.get_payload(decode=True).decode():
                    failures.append(f"{label}: invite to {message['To']} is not METHOD:REQUEST")
    if set(per_address) != set(addresses) or set(per_address.values()) != {1}:
        extra = {a: c for a, c in per_address.items() if c != 1}
        failures.append(
            f"{label}: each registrant should get exactly one email: {len(per_address)} "
            f"addresses, {len(set(addresses) - set(per_address))} without, "
            f"{len(extra)} with several {list(extra.items())[:5]}"
        )
    if set(invites) != set(confirmed_addresses) or set(invites.values()) != {1}:
        failures.append(f"{label}: the confirmed (and only they) should get one invite each")
    return {"emails": len(messages), "invites": sum(invites.values())}


def check_claims(failures):
    """No stored email was claimed twice: racing workers never both took one."""
    from registrations.models import OutboundEmail

    twice = OutboundEmail.objects.exclude(attempts=1).count()
    if twice:
        failures.append(f"{twice} emails were claimed more than once")
    return twice


def email_tasks_since(moment):
    """The email tasks enqueued since ``moment``, by task: a burst's emails share one."""
    from django_tasks_db.models import DBTaskResult

    rows = DBTaskResult.objects.filter(enqueued_at__gte=moment)
    return dict(Counter(rows.values_list("task_path", flat=True)))


def drain_emails(stack, expected, failures, label, racing_job=False):
    """Resume the task workers (held during the burst) and wait until they have sent every
    email. With ``racing_job`` a run of the job that resends unsent emails starts at the
    same moment (in this process, writing to the top mail folder), and a second
    ``send_queued_emails`` task is enqueued for the burst's one, so that two workers and
    the job race for the same rows."""
    jobs = []
    if racing_job:
        from registrations.mail import send_queued_emails

        send_queued_emails.enqueue()
    stack.resume_task_workers()
    if racing_job:
        from django.core.management import call_command

        def resend():
            from django.db import connection

            try:
                call_command("resend_unsent_emails", older_than_minutes=0)
            finally:
                connection.close()

        jobs = [threading.Thread(target=resend)]
        for job in jobs:
            job.start()
    if not wait_for_emails(expected):
        failures.append(f"{label}: the workers did not send every email within 180 s")
    for job in jobs:
        job.join()


def registration_addresses(session_ids):
    from registrations.models import Registration, RegistrationStatus

    rows = Registration.objects.filter(session_id__in=session_ids)
    confirmed = rows.filter(status=RegistrationStatus.CONFIRMED).values_list("email", flat=True)
    return set(rows.values_list("email", flat=True)), set(confirmed)


def contended_burst(
    stack,
    session,
    clients,
    capacity,
    failures,
    racing_job=False,
    address=CONTENDED_ADDRESS,
    emails_so_far=0,
):
    from django.utils import timezone

    plan = [(session.pk, form_fields(session.pk, n, address)) for n in range(1, clients + 1)]
    started = timezone.now()
    results, elapsed, cpu = burst(stack, plan)
    figures = burst_figures(results, elapsed, cpu, failures, "contended")
    figures["email_tasks"] = email_tasks_since(started)
    figures.update(check_contended(session, clients, capacity, failures))
    figures["result_pages"] = dict(follow_results(stack, results))
    if set(figures["result_pages"]) != {200}:
        failures.append(f"contended: result pages answered {figures['result_pages']}")
    drain_emails(stack, emails_so_far + clients, failures, "contended", racing_job)
    addresses, confirmed = registration_addresses([session.pk])
    expected = {address.format(n=n) for n in range(1, clients + 1)}
    if addresses != expected:
        failures.append("contended: the registered addresses are not those who posted")
    figures.update(check_emails(stack, expected, confirmed, failures, "contended"))
    return figures


def one_round(stack, session, spread_ids, number, args, failures):
    """Contended burst, spread burst, then /healthz: the figures and ratios of one round."""
    from django.utils import timezone

    figures = {}
    emails_so_far = 2 * args.clients * (number - 1)
    figures["contended"] = contended_burst(
        stack,
        session,
        args.clients,
        args.capacity,
        failures,
        address=f"r{number}-{CONTENDED_ADDRESS}",
        emails_so_far=emails_so_far,
    )
    address = f"r{number}-{SPREAD_ADDRESS}"
    plan = [
        (session_id, form_fields(session_id, n, address))
        for n, session_id in enumerate(spread_ids, start=1)
    ]
    started = timezone.now()
    results, elapsed, cpu = burst(stack, plan)
    spread = burst_figures(results, elapsed, cpu, failures, "spread")
    spread["email_tasks"] = email_tasks_since(started)
    spread.update(check_spread(spread_ids, failures))
    drain_emails(stack, emails_so_far + 2 * args.clients, failures, "spread")
    _addresses, confirmed = registration_addresses(spread_ids)
    expected = {address.format(n=n) for n in range(1, len(spread_ids) + 1)}
    spread.update(check_emails(stack, expected, confirmed, failures, "spread"))
    figures["spread"] = spread

    base, base_elapsed, base_cpu = baseline(stack, 64)
    base_latencies = [latency for _status, latency in base]
    figures["healthz"] = {
        "requests_per_s": round(len(base) / base_elapsed, 1),
        "p50_ms": round(percentile(base_latencies, 0.5) * 1000),
        "p95_ms": round(percentile(base_latencies, 0.95) * 1000),
        "cpu_ms_per_request": base_cpu,
    }
    if any(status != 200 for status, _latency in base):
        failures.append("/healthz failed under load")
    figures["ratios"] = {
        "contended_to_spread": round(
            figures["contended"]["registrations_per_s"] / spread["registrations_per_s"], 2
        ),
        "spread_to_healthz": round(
            spread["registrations_per_s"] / figures["healthz"]["requests_per_s"], 3
        ),
    }
    print(f"round {number}: {json.dumps(figures['ratios'])}", flush=True)
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=300)
    parser.add_argument("--capacity", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers per instance")
    parser.add_argument("--instances", type=int, default=1, help="gunicorn instances")
    parser.add_argument("--task-workers", type=int, default=1)
    parser.add_argument(
        "--send-during-bursts",
        action="store_true",
        help="let the task workers send emails during the bursts (they wait by default)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="repeat contended, spread and /healthz; the summary takes the median of rounds",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every malformed request")
    args = parser.parse_args()
    failures = []
    figures = {}

    stack = ProductionStack(
        "innovation_loadtest",
        workers=args.workers,
        instances=args.instances,
        task_workers=args.task_workers,
        # Every client comes from 127.0.0.1: the per-IP limit is not what is measured here.
        extra_env={
            "REGISTRATION_RATE_LIMIT_IP": "0/60",
            "REGISTRATION_RATE_LIMIT_BROWSER": "0/60",
            "REGISTRATION_RATE_LIMIT_GLOBAL": "0/60",
        },
    )
    stack.hold_task_workers = not args.send_during_bursts
    figures["emails_during_bursts"] = args.send_during_bursts
    with stack:
        figures["setup_s"] = round(stack.prepare(), 1)
        started = time.perf_counter()
        site, session = create_contended_session(args.capacity)
        sessions = [session] + [
            create_contended_session(args.capacity, site, f"Atelier très demandé {r}")[1]
            for r in range(2, args.rounds + 1)
        ]
        spread_ids = [
            create_spread_sessions(site, args.clients, args.capacity, offset=1000 * r)
            for r in range(args.rounds)
        ]
        figures["content_s"] = round(time.perf_counter() - started, 1)
        stack.start()
        figures["rounds"] = [
            one_round(stack, sessions[r], spread_ids[r], r + 1, args, failures)
            for r in range(args.rounds)
        ]
        figures["claimed_twice"] = check_claims(failures)

        from registrations.models import Registration

        rows = Registration.objects.filter(session=session)
        token_example = rows.values_list("token", flat=True).first()
        before = sorted(Registration.objects.values_list("id", "status", "waitlist_position"))
        outcomes = malformed_requests(stack, session.pk, token_example)
        figures["malformed"] = dict(Counter(str(status) for _label, status in outcomes))
        errors = [(label, status) for label, status in outcomes if status >= 500]
        if errors:
            failures.append(f"5xx on malformed requests: {errors}")
        after = sorted(Registration.objects.values_list("id", "status", "waitlist_position"))
        if after != before:
            failures.append("a malformed request changed the registrations")
        logged = stack.server_errors()
        if logged:
            failures.append(f"the server logged errors: {logged[:3]}")
        if failures or args.verbose:
            print("\n--- malformed requests ---")
            for label, status in outcomes:
                print(f"{status}  {label}")
            print(
                "\n--- server log (tail) ---\n"
                + "\n".join(stack.log.read_text().splitlines()[-60:])
            )

    print(json.dumps(figures, indent=2, ensure_ascii=False))
    print(summary(figures, args))
    if failures:
        print("LOAD TEST FAILED:\n- " + "\n- ".join(failures))
        return 1
    print(
        f"load test: OK — {args.clients} concurrent registrations on one session "
        f"({args.capacity} confirmed, positions 1..{args.clients - args.capacity}) and on "
        f"{args.clients} sessions, one email each, {len(outcomes)} malformed requests without 5xx"
    )
    return 0


def summary(figures, args):
    """The figures beside the goals of issue 13 (printed, never enforced): the median of
    the rounds for each."""
    rounds = figures["rounds"]

    def median(*keys):
        values = []
        for measured in rounds:
            for key in keys:
                measured = measured[key]
            values.append(measured)
        return round(statistics.median(values), 3)

    rows = [
        ("contended / spread", median("ratios", "contended_to_spread"), ">=", 0.9),
        ("spread / healthz", median("ratios", "spread_to_healthz"), ">=", 0.3),
        (
            f"p95 of {args.clients} on one session (ms)",
            median("contended", "p95_ms"),
            "<=",
            1000,
        ),
    ]
    lines = [f"median of {len(rounds)} round(s):"]
    for kind in ("contended", "spread"):
        lines.append(
            f"{kind + ':':<10} {median(kind, 'registrations_per_s')} registrations/s, "
            f"p50 {median(kind, 'p50_ms')} ms, p95 {median(kind, 'p95_ms')} ms"
        )
    lines.append(f"{'healthz:':<10} {median('healthz', 'requests_per_s')} requests/s")
    lines.append("CPU per request (ms, by process; where each figure's cores went):")
    for kind in ("contended", "spread", "healthz"):
        used = [measured[kind]["cpu_ms_per_request"] for measured in rounds]
        processes = sorted({process for figures in used for process in figures})
        parts = [
            f"{process} {round(statistics.median(f.get(process, 0) for f in used), 2)}"
            for process in processes
        ]
        total = round(statistics.median(sum(f.values()) for f in used), 2)
        lines.append(f"  {kind + ':':<10} {total} in all: " + ", ".join(parts))
    for name, value, sense, goal in rows:
        met = value >= goal if sense == ">=" else value <= goal
        lines.append(f"{name:<36} {value:>8}   goal {sense} {goal}: {'met' if met else 'NOT MET'}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
