#!/usr/bin/env python
"""Page benchmarks on PostgreSQL with the production settings, and worker memory.

1. The programme page with 50, 500 and 2,000 events: SQL queries per request (the same
   for all three, or the page does not scale), median and p95 server time, and the ratio
   to a plain Wagtail page (a StandardPage) measured in the same run.
2. An event page with 1 and with 30 sessions: queries and time.
3. gunicorn (4 workers): resident memory of each worker before and after 2,000 mixed
   requests (pages in both languages, filters, search, forms, static files).

Times are those of Django's handler in this process (``django.test.Client``, no network),
so they compare pages with one another; absolute values vary from run to run on a shared
machine, ratios much less.

    .venv/bin/python benchmarks/bench_pages.py [--repeat 40] [--quick]
"""

import argparse
import datetime
import json
import random
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import Client, ProductionStack, percentile  # noqa: E402


def build_content():
    from django.utils import timezone

    from home.models import StandardPage
    from tests.factories import build_site, make_format, make_organisation, make_region, make_theme

    site = build_site()
    themes = [make_theme(f"Thème {i}", f"theme-{i}") for i in range(6)]
    regions = [make_region(f"Région {i}", f"region-{i}") for i in range(6)]
    formats = [make_format(f"Format {i}", f"format-{i}") for i in range(4)]
    organisations = [make_organisation(f"Organisation {i}", f"organisation-{i}") for i in range(8)]
    plain = site.home.add_child(instance=StandardPage(title="À propos", slug="a-propos"))
    site.taxonomy = {"themes": themes, "regions": regions, "formats": formats, "organisations": organisations}
    site.plain = plain
    site.start = (timezone.now() + datetime.timedelta(days=30)).replace(minute=0, second=0, microsecond=0)
    return site


def add_events(site, count, offset, sessions=1):
    """``count`` live events (no revisions needed to render), spread over the taxonomy."""
    from events.models import EventPage, EventPageTheme, EventSession

    created = []
    tax = site.taxonomy
    for i in range(offset, offset + count):
        start = site.start + datetime.timedelta(hours=3 * i)
        event = EventPage(
            title=f"Atelier d'innovation publique n° {i}",
            slug=f"atelier-{i}",
            summary="Un atelier pour imaginer ensemble des services publics plus simples.",
            region=tax["regions"][i % len(tax["regions"])],
            event_format=tax["formats"][i % len(tax["formats"])],
            organiser=tax["organisations"][i % len(tax["organisations"])],
        )
        for n in range(sessions):
            session_start = start + datetime.timedelta(days=n)
            event.sessions.add(EventSession(
                start=session_start, end=session_start + datetime.timedelta(hours=2),
                capacity=30, waitlist_enabled=True,
            ))
        event.event_themes.add(EventPageTheme(theme=tax["themes"][i % len(tax["themes"])]))
        site.programme.add_child(instance=event)
        created.append(event)
    return created


def measure(client, path, repeat):
    """(queries, median ms, p95 ms, status) for GET path, after a warm-up."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(3):
        response = client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    # Read now: the next request's request_started signal empties the query log.
    queries = len(captured.captured_queries)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - started) * 1000)
    return {
        "status": response.status_code,
        "queries": queries,
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(percentile(times, 0.95), 1),
    }


def page_benchmarks(site, repeat, sizes):
    from django.test import Client as DjangoClient

    client = DjangoClient(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
    results = {"programme": {}, "event": {}}
    plain_path = site.plain.url
    programme_path = site.programme.url
    created = 0
    for size in sizes:
        add_events(site, size - created, created)
        created = size
        baseline = measure(client, plain_path, repeat)
        programme = measure(client, programme_path, repeat)
        filtered = measure(client, f"{programme_path}?theme=theme-1&region=region-1", repeat)
        results["programme"][size] = {
            "plain_page": baseline,
            "programme": programme,
            "programme_filtered": filtered,
            "ratio_to_plain_page": round(programme["median_ms"] / baseline["median_ms"], 2),
            "filtered_ratio_to_plain_page": round(filtered["median_ms"] / baseline["median_ms"], 2),
        }
        print(f"programme with {size} events: {json.dumps(results['programme'][size])}", flush=True)

    baseline = measure(client, plain_path, repeat)
    for sessions in (1, 30):
        (event,) = add_events(site, 1, 100_000 + sessions, sessions=sessions)
        figures = measure(client, event.url, repeat)
        figures["ratio_to_plain_page"] = round(figures["median_ms"] / baseline["median_ms"], 2)
        results["event"][sessions] = figures
        print(f"event page with {sessions} sessions: {json.dumps(figures)}", flush=True)
    results["plain_page"] = baseline
    return results


def rss_kb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def memory_benchmark(stack, site, total=2000, concurrency=8):
    """Mixed requests spread over the workers; RSS of each worker before and after."""
    from events.models import EventPage, EventSession

    events = list(EventPage.objects.live().values_list("url_path", flat=True)[:200])
    home_path = site.home.url_path
    event_paths = ["/fr/" + path[len(home_path):] for path in events]
    session_ids = list(EventSession.objects.values_list("pk", flat=True)[:50])
    programme = site.programme.url
    paths = [
        "/fr/", programme, f"{programme}?theme=theme-2", f"{programme}?region=region-3&page=2",
        f"{programme}?q=atelier", site.plain.url, "/fr/recherche/?q=innovation", "/healthz",
        "/fr/calendrier/programme.ics?theme=theme-1", "/fr/page-qui-n-existe-pas/",
    ]
    rng = random.Random(2021)
    plan = []
    for i in range(total):
        kind = i % 10
        if kind < 4:
            plan.append(rng.choice(event_paths))
        elif kind == 4:
            plan.append(f"/fr/inscriptions/session/{rng.choice(session_ids)}/")
        else:
            plan.append(rng.choice(paths))

    before = {pid: rss_kb(pid) for pid in stack.worker_pids()}
    statuses = {}
    lock = threading.Lock()

    def run(chunk):
        client = Client(stack)
        for path in chunk:
            status, _headers, _body = client.request("GET", path)
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
        client.close()

    chunks = [plan[i::concurrency] for i in range(concurrency)]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(run, chunks))
    elapsed = time.perf_counter() - started
    after = {pid: rss_kb(pid) for pid in stack.worker_pids()}
    return {
        "requests": total,
        "requests_per_s": round(total / elapsed, 1),
        "statuses": statuses,
        "worker_rss_mb_before": sorted(round(v / 1024, 1) for v in before.values()),
        "worker_rss_mb_after": sorted(round(v / 1024, 1) for v in after.values()),
        "master_rss_mb": round(rss_kb(stack.gunicorn.pid) / 1024, 1),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--quick", action="store_true", help="10/50/100 events, for trying the script")
    args = parser.parse_args()
    sizes = (10, 50, 100) if args.quick else (50, 500, 2000)
    stack = ProductionStack("innovation_bench", workers=4, worker_process=False)
    with stack:
        stack.prepare()
        site = build_content()
        results = page_benchmarks(site, args.repeat, sizes)
        stack.start()
        results["memory"] = memory_benchmark(stack, site)
        print(f"memory: {json.dumps(results['memory'])}", flush=True)
    queries = {size: r["programme"]["queries"] for size, r in results["programme"].items()}
    filtered = {size: r["programme_filtered"]["queries"] for size, r in results["programme"].items()}
    print(json.dumps(results, indent=2))
    problems = []
    if len(set(queries.values())) != 1 or len(set(filtered.values())) != 1:
        problems.append(f"programme queries vary with the number of events: {queries} {filtered}")
    if results["event"][1]["queries"] != results["event"][30]["queries"]:
        problems.append("event page queries vary with the number of sessions")
    if any(code >= 500 for code in results["memory"]["statuses"]):
        problems.append(f"server errors during the mixed requests: {results['memory']['statuses']}")
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
