"""Content for the benchmarks, built in-process once Django is set up on the run's database.

Pages are created live with ``add_child`` (no revisions: nothing needs one to render), so a
few thousand events take a minute, not ten.
"""

import datetime


def build_content():
    """Site tree, taxonomy, a standard page and a bare page (``benchmarks.barepage``, when
    the benchmark settings install it) under the same home."""
    from django.apps import apps
    from django.utils import timezone

    from home.models import StandardPage
    from tests.factories import build_site, make_format, make_organisation, make_region, make_theme

    site = build_site()
    site.taxonomy = {
        "themes": [make_theme(f"Thème {i}", f"theme-{i}") for i in range(6)],
        "regions": [make_region(f"Région {i}", f"region-{i}") for i in range(6)],
        "formats": [make_format(f"Format {i}", f"format-{i}") for i in range(4)],
        "organisations": [
            make_organisation(f"Organisation {i}", f"organisation-{i}") for i in range(8)
        ],
    }
    site.plain = site.home.add_child(instance=StandardPage(title="À propos", slug="a-propos"))
    site.bare = None
    if apps.is_installed("benchmarks.barepage"):
        from benchmarks.barepage.models import BarePage

        site.bare = site.home.add_child(instance=BarePage(title="Page nue", slug="page-nue"))
    site.start = (timezone.now() + datetime.timedelta(days=30)).replace(
        minute=0, second=0, microsecond=0
    )
    return site


def add_events(site, count, offset, sessions=1, capacity=30):
    """``count`` live events with ``sessions`` sessions each, spread over the taxonomy."""
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
            event.sessions.add(
                EventSession(
                    start=session_start,
                    end=session_start + datetime.timedelta(hours=2),
                    capacity=capacity,
                    waitlist_enabled=True,
                )
            )
        event.event_themes.add(EventPageTheme(theme=tax["themes"][i % len(tax["themes"])]))
        site.programme.add_child(instance=event)
        created.append(event)
    analyze()
    return created


def analyze():
    """Fresh planner statistics, as autovacuum keeps them on a production database: without
    them, PostgreSQL plans the programme's queries for the empty tables of the start."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
