#!/usr/bin/env python
"""Page benchmarks on PostgreSQL with the production settings, and worker memory.

Every page is measured against a bare Wagtail page (``benchmarks.barepage``: Wagtail's
routing and a template with the title, no site shell), in the same run and interleaved
with it, request by request, so that the machine's load weighs on both alike:

1. a standard page, and the programme with 50, 500 and 2,000 events, unfiltered and
   filtered by theme and region;
2. an event page with 1 and with 30 sessions;
3. gunicorn (4 workers): resident memory of each worker before and after 2,000 mixed
   requests (pages in both languages, filters, search, forms, feeds).

For each page, as visitors get it (from the whole-page cache when its type has one,
``common/page_cache.py``) and rendered (the cache off, as after a change): SQL queries of a
warm request (after three others), median and p95 of the time of Django's handler in this
process (``django.test.Client``, no network), and the ratios of its median and p95 to the
bare page's. Prints them beside the goals of issue 13
(docs/performance.md). Exits 1 when a count breaks, never because of a time: queries that
vary with the number of events or sessions, a page that does not answer 200, a 5xx in
the mixed requests.

    .venv/bin/python benchmarks/bench_pages.py [--repeat 60] [--quick]
"""

import argparse
import contextlib
import json
import random
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.content import add_events, build_content  # noqa: E402
from benchmarks.harness import Client, ProductionStack, percentile  # noqa: E402

# (figure, page, what is compared, goal) from issue 13; read, never enforced.
RATIO_GOALS = [
    ("standard page", "standard", 1.5),
    ("event page, 30 sessions", "event_30_sessions", 2.0),
    ("programme, largest", "programme", 2.5),
    ("programme, largest, filtered", "programme_filtered", 2.5),
]
# Queries of a page rendered (the shell's cache warm, the whole-page cache off).
QUERY_GOALS = [
    ("standard page", "standard_rendered", 6),
    ("event page, 30 sessions", "event_30_sessions_rendered", 12),
    ("programme, largest", "programme_rendered", 14),
    ("programme, largest, filtered", "programme_filtered_rendered", 14),
]


def queries_of(client, path):
    """(status, SQL queries) of a warm request."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(3):
        client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    return response.status_code, len(captured.captured_queries)


@contextlib.contextmanager
def rendered(without_cache=True):
    """Pages rendered at each request, as after a change: the whole-page cache is off
    (``without_cache=False``: as visitors get them). The setting is put back after."""
    from django.conf import settings

    before = settings.PAGE_CACHE
    settings.PAGE_CACHE = not without_cache
    try:
        yield
    finally:
        settings.PAGE_CACHE = before


def compare(client, paths, repeat):
    """Figures of each page of ``paths`` ({name: path}, "bare" among them), requested in
    turn and in a shuffled order in each of ``repeat`` rounds: each page as visitors get it
    (``name``: from the whole-page cache when the page has one) and rendered
    (``name_rendered``: as the first visitor after a change gets it)."""
    rng = random.Random(13)
    figures = {}
    for name, path in paths.items():
        status, served_queries = queries_of(client, path)
        with rendered():
            status_rendered, queries = queries_of(client, path)
        figures[name] = {"status": status, "queries": served_queries}
        if name != "bare":
            figures[f"{name}_rendered"] = {"status": status_rendered, "queries": queries}
    runs = [(name, path, False) for name, path in paths.items()]
    runs += [(f"{name}_rendered", path, True) for name, path in paths.items() if name != "bare"]
    times = {name: [] for name, _path, _rendered in runs}
    for _ in range(repeat):
        rng.shuffle(runs)
        for name, path, without_cache in runs:
            with rendered(without_cache):
                started = time.perf_counter()
                client.get(path)
                times[name].append((time.perf_counter() - started) * 1000)
    bare_median = statistics.median(times["bare"])
    bare_p95 = percentile(times["bare"], 0.95)
    for name, values in times.items():
        median, p95 = statistics.median(values), percentile(values, 0.95)
        figures[name].update(
            median_ms=round(median, 1),
            p95_ms=round(p95, 1),
            median_ratio=round(median / bare_median, 2),
            p95_ratio=round(p95 / bare_p95, 2),
        )
    return figures


def page_benchmarks(site, repeat, sizes):
    from django.test import Client as DjangoClient

    client = DjangoClient(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
    bare, standard, programme = site.bare.url, site.plain.url, site.programme.url
    filtered = f"{programme}?theme=theme-1&region=region-1"
    results = {"programme": {}}
    created = 0
    for size in sizes:
        add_events(site, size - created, created)
        created = size
        figures = compare(
            client,
            {"bare": bare, "standard": standard, "programme": programme, "filtered": filtered},
            repeat,
        )
        results["programme"][size] = figures
        print(f"programme with {size} events: {json.dumps(figures)}", flush=True)

    events = {
        sessions: add_events(site, 1, 100_000 + sessions, sessions=sessions)[0].url
        for sessions in (1, 30)
    }
    figures = compare(
        client,
        {
            "bare": bare,
            "standard": standard,
            "event_1_session": events[1],
            "event_30_sessions": events[30],
        },
        repeat,
    )
    results["pages"] = figures
    print(f"pages with {created} events: {json.dumps(figures)}", flush=True)
    largest = results["programme"][sizes[-1]]
    for suffix in ("", "_rendered"):
        results["pages"][f"programme{suffix}"] = largest[f"programme{suffix}"]
        results["pages"][f"programme_filtered{suffix}"] = largest[f"filtered{suffix}"]
    return results


def rss_kb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def private_kb(pid):
    """What the worker holds alone (RSS counts the pages it still shares with the master)."""
    private = 0
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith(("Private_Clean:", "Private_Dirty:")):
            private += int(line.split()[1])
    return private


def memory_benchmark(stack, site, total=2000, concurrency=8):
    """Mixed requests spread over the workers; RSS of each worker before and after."""
    from events.models import EventPage, EventSession

    events = list(EventPage.objects.live().values_list("url_path", flat=True)[:200])
    home_path = site.home.url_path
    event_paths = ["/fr/" + path[len(home_path) :] for path in events]
    session_ids = list(EventSession.objects.values_list("pk", flat=True)[:50])
    programme = site.programme.url
    paths = [
        "/fr/",
        programme,
        f"{programme}?theme=theme-2",
        f"{programme}?region=region-3&page=2",
        f"{programme}?q=atelier",
        site.plain.url,
        "/fr/recherche/?q=innovation",
        "/healthz",
        "/fr/calendrier/programme.ics?theme=theme-1",
        "/fr/page-qui-n-existe-pas/",
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
        "worker_private_mb_after": sorted(
            round(private_kb(pid) / 1024, 1) for pid in stack.worker_pids()
        ),
        "master_rss_mb": round(rss_kb(stack.gunicorn.pid) / 1024, 1),
    }


def problems_of(results):
    """Broken counts: what makes the script (and CI) fail."""
    problems = []
    sizes = results["programme"]
    for name in ("programme", "filtered", "programme_rendered", "filtered_rendered"):
        counts = {size: figures[name]["queries"] for size, figures in sizes.items()}
        if len(set(counts.values())) != 1:
            problems.append(f"{name} queries vary with the number of events: {counts}")
    pages = results["pages"]
    for suffix in ("", "_rendered"):
        one, thirty = pages[f"event_1_session{suffix}"], pages[f"event_30_sessions{suffix}"]
        if one["queries"] != thirty["queries"]:
            problems.append(
                f"event page{suffix} queries vary with the number of sessions: "
                f"{one['queries']} and {thirty['queries']}"
            )
    statuses = {
        f"{size}/{name}": figures["status"]
        for size, measured in sizes.items()
        for name, figures in measured.items()
    }
    statuses.update({name: figures["status"] for name, figures in pages.items()})
    if set(statuses.values()) != {200}:
        problems.append(f"pages that did not answer 200: {statuses}")
    if any(int(code) >= 500 for code in results["memory"]["statuses"]):
        problems.append(f"server errors during the mixed requests: {results['memory']['statuses']}")
    return problems


def summary(results):
    pages = results["pages"]
    largest = max(results["programme"])
    lines = [
        f"(programme figures at {largest} events; bare page: {pages['bare']['queries']} queries;"
        " served: as visitors get pages, from the whole-page cache; rendered: as the first"
        " visitor after a change gets them)"
    ]
    for label, name, goal in RATIO_GOALS:
        value = pages[name]["p95_ratio"]
        lines.append(
            f"{label + ', p95 / bare p95':<48} {value:>6}   goal <= {goal}: {'met' if value <= goal else 'NOT MET'}"
            f"   (median ratio {pages[name]['median_ratio']}, {pages[name]['queries']} queries)"
        )
    for label, name, _goal in RATIO_GOALS:
        rendered_figures = pages[f"{name}_rendered"]
        lines.append(
            f"{label + ', rendered, p95 / bare p95':<48} "
            f"{rendered_figures['p95_ratio']:>6}   (no goal; median ratio "
            f"{rendered_figures['median_ratio']})"
        )
    for label, name, goal in QUERY_GOALS:
        value = pages[name]["queries"]
        lines.append(
            f"{'queries, rendered, ' + label:<48} {value:>6}   goal <= {goal}: "
            f"{'met' if value <= goal else 'NOT MET'}"
        )
    worst = max(results["memory"]["worker_rss_mb_after"])
    lines.append(
        f"{'worker RSS after the mixed requests (MB)':<48} {worst:>6}   goal < 150: "
        f"{'met' if worst < 150 else 'NOT MET'}"
        f"   (of which its own: {max(results['memory']['worker_private_mb_after'])} MB)"
    )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=60)
    parser.add_argument("--requests", type=int, default=2000, help="mixed requests for memory")
    parser.add_argument(
        "--quick", action="store_true", help="10/50/100 events, for trying the script and CI"
    )
    args = parser.parse_args()
    sizes = (10, 50, 100) if args.quick else (50, 500, 2000)
    stack = ProductionStack(
        "innovation_bench", workers=4, task_workers=0, settings="benchmarks.settings"
    )
    with stack:
        stack.prepare()
        site = build_content()
        results = page_benchmarks(site, args.repeat, sizes)
        stack.start()
        results["memory"] = memory_benchmark(stack, site, total=args.requests)
        print(f"memory: {json.dumps(results['memory'])}", flush=True)
    print(json.dumps(results, indent=2))
    print(summary(results))
    problems = problems_of(results)
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
