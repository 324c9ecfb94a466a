"""Sharing and indexing: meta tags, schema.org data, sitemap.xml, robots.txt, calendar link."""

import datetime
import json
import re
from html import unescape
from xml.etree import ElementTree

import pytest
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests.factories import (
    make_defi,
    make_event,
    make_lab,
    make_organisation,
    make_region,
    make_registrations,
    make_standard_page,
    translate,
)
from tests.schema_vocabulary import problems

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def picture(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return Image.objects.create(title="Atelier", file=get_test_image_file("atelier.png"))


def meta(html):
    """{name or property: content} of the ``<meta>`` tags, and the canonical link."""
    found = {}
    for _attr, key, value in re.findall(r'<meta (name|property)="([^"]+)" content="([^"]*)"', html):
        found.setdefault(key, unescape(value))
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html)
    found["canonical"] = canonical and canonical.group(1)
    return found


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def pages_of_each_type(tree, picture):
    fields = {"image": picture, "image_alt": "Des agents autour d'une table"}
    return {
        "home": tree.home,
        "programme": tree.programme,
        "labs index": tree.labs,
        "défis index": tree.defis,
        "standard": make_standard_page(
            tree.home, title="À propos", introduction="Qui sommes-nous."
        ),
        "lab": make_lab(tree.labs, title="Lab Bretagne", region=make_region(), **fields),
        "défi": make_defi(tree.defis, title="Défi données", **fields),
        "event": make_event(tree.programme, title="Atelier données", **fields),
    }


def test_every_page_type_has_description_canonical_open_graph_and_twitter_tags(
    site_tree, picture, client
):
    for kind, page in pages_of_each_type(site_tree, picture).items():
        tags = meta(client.get(page.url).content.decode())
        assert tags["canonical"] == f"http://localhost{page.url}", kind
        assert tags["og:url"] == tags["canonical"] and tags["og:title"] == page.title, kind
        assert tags["og:locale"] == "fr_FR" and tags["og:site_name"], kind
        assert tags["twitter:title"] == page.title, kind
        if kind in ("standard", "lab", "défi", "event"):
            assert tags["description"] and tags["og:description"] == tags["description"], kind
        if kind in ("lab", "défi", "event"):
            assert re.fullmatch(r"http://localhost/.+\.jpg", tags["og:image"]), kind
            width, height = int(tags["og:image:width"]), int(tags["og:image:height"])
            # 1200 x 630 from a large original; the test image (640 px) gives that ratio.
            assert width <= 1200 and abs(width / height - 1200 / 630) < 0.01
            assert tags["og:image:alt"] == "Des agents autour d'une table"
            assert tags["twitter:card"] == "summary_large_image"
        else:
            assert "og:image" not in tags and tags["twitter:card"] == "summary", kind


def test_tags_are_in_the_language_of_the_page(site_tree, picture, client):
    event = make_event(site_tree.programme, title="Atelier données")
    english = translate(event, site_tree.en, title="Data workshop", summary="In English.")
    tags = meta(client.get(english.url).content.decode())
    assert tags["og:title"] == "Data workshop" and tags["description"] == "In English."
    assert tags["og:locale"] == "en_GB" and tags["og:locale:alternate"] == "fr_FR"
    assert tags["canonical"] == f"http://localhost{english.url}"
    assert tags["og:site_name"] == "Public Innovation Month"


def session_events(client, event):
    (data,) = json_ld(client.get(event.url).content.decode())
    assert problems(data) == []
    return data


def test_event_pages_describe_each_session_as_a_schema_org_event(site_tree, picture, client):
    ditp = make_organisation(name="DITP")
    ditp.website = "https://www.modernisation.gouv.fr"
    ditp.save()
    start = (timezone.now() + datetime.timedelta(days=10)).replace(second=0, microsecond=0)
    event = make_event(
        site_tree.programme,
        title="Atelier données",
        start=start,
        sessions=3,
        capacity=10,
        waitlist=False,
        organiser=ditp,
        mode="on_site",
        venue_name="Préfecture de Rennes",
        venue_address="3 avenue de la Préfecture\n35000 Rennes",
        region=make_region(),
        image=picture,
        image_decorative=True,
    )
    first, second, third = event.sessions.order_by("start")
    make_registrations(first, 3)
    make_registrations(second, 10)
    third.is_cancelled, third.time_zone = True, "America/Cayenne"
    third.save()
    data = session_events(client, event)
    assert [item["@type"] for item in data] == ["Event"] * 3
    one, two, three = data
    assert datetime.datetime.fromisoformat(one["startDate"]) == first.start
    assert datetime.datetime.fromisoformat(one["endDate"]) == first.end
    assert one["startDate"][-6:] in ("+01:00", "+02:00")
    assert three["startDate"].endswith("-03:00")
    assert one["eventStatus"] == "https://schema.org/EventScheduled"
    assert three["eventStatus"] == "https://schema.org/EventCancelled"
    assert one["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert one["location"]["name"] == "Préfecture de Rennes"
    assert one["location"]["address"]["addressRegion"] == "Bretagne"
    assert one["organizer"] == {
        "@type": "Organization",
        "name": "DITP",
        "url": "https://www.modernisation.gouv.fr",
    }
    assert one["offers"]["availability"] == "https://schema.org/InStock"
    assert one["remainingAttendeeCapacity"] == 7
    assert two["offers"]["availability"] == "https://schema.org/SoldOut"
    assert two["remainingAttendeeCapacity"] == 0
    assert one["image"][0].startswith("http://localhost/") and one["url"].endswith(event.url)


def test_online_sessions_have_a_virtual_location_without_the_connection_link(site_tree, client):
    event = make_event(
        site_tree.programme, title="Webinaire", mode="online", online_url="https://visio.fr/x"
    )
    (session,) = session_events(client, event)
    assert session["location"] == {
        "@type": "VirtualLocation",
        "url": f"http://localhost{event.url}",
    }
    assert session["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert "visio.fr" not in json.dumps(session)
    hybrid = make_event(site_tree.programme, title="Hybride", mode="hybrid", venue_name="Lab")
    (session,) = session_events(client, hybrid)
    assert [place["@type"] for place in session["location"]] == ["Place", "VirtualLocation"]


def test_lab_pages_describe_the_lab_as_an_organization(site_tree, client):
    lab = make_lab(
        site_tree.labs,
        title="Lab Bretagne",
        region=make_region(),
        website="https://lab.bzh",
        contact_email="lab@bretagne.gouv.fr",
        address="1 rue du Lab, Rennes",
    )
    (data,) = json_ld(client.get(lab.url).content.decode())
    assert problems(data) == []
    assert data["@type"] == "Organization" and data["name"] == "Lab Bretagne"
    assert data["address"]["addressRegion"] == "Bretagne" and data["sameAs"] == ["https://lab.bzh"]


def test_the_vocabulary_checker_refuses_what_schema_org_does_not_define():
    assert problems({"@context": "https://schema.org", "@type": "Event", "startTime": "x"})
    assert problems({"@type": "Event", "startDate": "2026-11-02T14:00:00"})  # no offset
    assert problems({"@type": "Event", "eventStatus": "Cancelled"})
    assert problems({"@type": "Offer", "availability": "https://schema.org/Full"})
    assert problems({"@type": "Event", "location": {"@type": "Organization", "name": "X"}})


def test_sitemap_lists_both_languages_with_hreflang_alternates(site_tree, client):
    lab = make_lab(site_tree.labs, title="Lab")
    english = translate(lab, site_tree.en, title="Lab (EN)")
    only_french = make_standard_page(site_tree.home, title="Mentions")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)
    urls = {}
    for url in root.iter(f"{SITEMAP}url"):
        alternates = {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}
        urls[url.find(f"{SITEMAP}loc").text] = alternates
    french_url, english_url = f"http://localhost{lab.url}", f"http://localhost{english.url}"
    assert english_url.startswith("http://localhost/en/")
    assert (
        urls[french_url]
        == urls[english_url]
        == {
            "fr": french_url,
            "en": english_url,
            "x-default": french_url,
        }
    )
    assert urls[f"http://localhost{only_french.url}"] == {}
    assert "http://localhost/fr/" in urls and "http://localhost/en/" in urls


def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_the_admin(site_tree, client):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://localhost/sitemap.xml" in text  # the site's address
    assert "Disallow: /admin/" in text.splitlines()


def test_programme_links_its_calendar_feed_with_the_filters(site_tree, client):
    brittany = make_region()
    make_event(site_tree.programme, title="Atelier breton", region=brittany)
    html = client.get(site_tree.programme.url + "?region=bretagne").content.decode()
    link = re.search(r'<a [^>]*href="([^"]+)"[^>]*>S.abonner au calendrier</a>', html)
    assert link and unescape(link.group(1)) == "/fr/calendrier/programme.ics?region=bretagne"
    feed = client.get(unescape(link.group(1)))
    assert feed.status_code == 200 and b"Atelier breton" in feed.content
