"""What a fresh gunicorn worker's first visitors pay, with and without the master's warm-up.

A worker is forked at start and again whenever one is recycled (``max_requests``). This
starts one instance with one worker on the production stack, twice (``GUNICORN_WARM_UP`` 0,
then 1), and for each start and for a recycled worker (the first one stopped, the master
forks another) sends one visitor's requests: home pages in both languages, an event page,
the registration form, its POST and the result page, then the same visitor again. It prints
the worker's CPU and the latency of each first request and of the same request once warm.

    LOADTEST_DATABASE=innovation_fresh .venv/bin/python benchmarks/fresh_worker.py
"""

import json
import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import (  # noqa: E402
    Client,
    ProductionStack,
    csrf_token,
    process_cpu_seconds,
)


def worker_cpu_ms(pid):
    return 1000 * process_cpu_seconds(pid)


def one_visitor(stack, pid, event_url, session_id, number):
    """(step, worker CPU ms, latency ms) of each request of one visitor."""
    from benchmarks.malformed import form_fields

    client = Client(stack)
    figures = []
    form_path = f"/fr/inscriptions/session/{session_id}/"

    def timed(step, method, path, body=None):
        cpu, started = worker_cpu_ms(pid), time.perf_counter()
        status, headers, content = client.request(method, path, body=body)
        latency = 1000 * (time.perf_counter() - started)
        figures.append((step, round(worker_cpu_ms(pid) - cpu), round(latency, 1)))
        return status, headers, content

    for step, path in (("home fr", "/fr/"), ("home en", "/en/"), ("event page", event_url)):
        status, _headers, _content = timed(step, "GET", path)
        assert status == 200, (step, status)
    status, _headers, content = timed("form", "GET", form_path)
    assert status == 200, status
    fields = {
        **form_fields(session_id, number, "fresh{n}@example.org"),
        "csrfmiddlewaretoken": csrf_token(content),
    }
    status, headers, _content = timed("registration POST", "POST", form_path, fields)
    assert status == 303, status
    status, _headers, _content = timed("result", "GET", headers["Location"])
    assert status == 200, status
    client.close()
    return figures


def recycle(stack):
    """Stop the worker (as max_requests does) and return the one the master forks instead."""
    (old,) = stack.worker_pids()
    os.kill(old, signal.SIGTERM)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        pids = [pid for pid in stack.worker_pids() if pid != old]
        if pids and Client(stack).request("GET", "/healthz")[0] == 200:
            return pids[0]
        time.sleep(0.1)
    raise RuntimeError("the master did not fork a new worker")


def main():
    from benchmarks.load_registration import create_contended_session

    stack = ProductionStack("innovation_fresh", workers=1, task_workers=0)
    results = {}
    with stack:
        stack.prepare()
        _site, session = create_contended_session(1000)
        event_url = session.event.url
        number = 0
        for mode in ("0", "1"):
            stack.env["GUNICORN_WARM_UP"] = mode
            stack.start()
            runs = {}
            for worker in ("started", "recycled"):
                (pid,) = stack.worker_pids() if worker == "started" else (recycle(stack),)
                first = one_visitor(stack, pid, event_url, session.pk, number := number + 1)
                again = one_visitor(stack, pid, event_url, session.pk, number := number + 1)
                runs[worker] = {"first": first, "again": again}
            results["warm-up" if mode == "1" else "no warm-up"] = runs
            stack.stop()
        errors = stack.server_errors()
    print(json.dumps(results, indent=1))
    print("\nworker CPU ms (latency ms) of one visitor's requests, first / same again:")
    for label, runs in results.items():
        for worker, visits in runs.items():
            first = sum(cpu for _step, cpu, _latency in visits["first"])
            again = sum(cpu for _step, cpu, _latency in visits["again"])
            waited = round(sum(latency for _step, _cpu, latency in visits["first"]))
            steps = ", ".join(
                f"{step} {cpu}/{warm_cpu} ({latency:.0f}/{warm_latency:.0f})"
                for (step, cpu, latency), (_s, warm_cpu, warm_latency) in zip(
                    visits["first"], visits["again"], strict=True
                )
            )
            print(
                f"  {label:11s} {worker:9s} {first:4d} ms CPU, {waited:4d} ms waited"
                f" / {again:3d} ms CPU again: {steps}"
            )
    if errors:
        print("FAILED: server errors:", errors[:3])
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
