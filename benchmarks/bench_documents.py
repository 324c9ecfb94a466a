#!/usr/bin/env python
"""PDF documents: time and memory to render attendance sheets and certificates.

1. The cost of loading WeasyPrint (import time, resident memory), which the web processes
   pay only when they print a first document (``registrations/documents.py`` loads it lazily).
2. The attendance sheet of a session with 5, 50 and 500 people: pages, size, median time.
3. One certificate: median time and size.

Runs on a throw-away test database (SQLite in memory unless DATABASE_URL says otherwise).

    .venv/bin/python benchmarks/bench_documents.py [--repeat 5]
"""

import argparse
import io
import os
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")


def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def median_time(function, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        run(repeat)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def run(repeat):
    from django.utils import timezone
    from pypdf import PdfReader

    from events.models import EventSession
    from registrations import documents
    from registrations.models import Registration
    from tests.factories import build_site, make_event, make_registrations

    before = rss_mb()
    start = time.perf_counter()
    documents._weasyprint()
    print(
        f"WeasyPrint loaded on first use: {time.perf_counter() - start:.2f} s, "
        f"resident memory {before:.0f} -> {rss_mb():.0f} MB"
    )

    site = build_site()
    for count in (5, 50, 500):
        event = make_event(site.programme, title=f"Atelier de {count} personnes", capacity=count)
        session = EventSession.objects.get(event=event)
        make_registrations(session, count)
        seconds, content = median_time(lambda s=session: documents.attendance_sheet(s), repeat)
        pages = len(PdfReader(io.BytesIO(content)).pages)
        print(
            f"attendance sheet, {count:>3} people: {pages:>2} pages, {len(content) / 1024:.0f} KB, "
            f"median {seconds:.2f} s over {repeat}"
        )
    registration = Registration.objects.filter(session=session).first()
    registration.checked_in_at = timezone.now()
    seconds, content = median_time(lambda: documents.certificate(registration), repeat)
    print(f"certificate: {len(content) / 1024:.0f} KB, median {seconds:.3f} s over {repeat}")
    print(f"peak resident memory: {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
