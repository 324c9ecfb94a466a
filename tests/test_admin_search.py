"""Staff search the organisations, themes, regions and formats in their listings and
choosers, with and without filters: the search answers (it was a 500 once filtered by
locale or region, the fields not being declared to the search backend) and finds the item."""

import pytest
from django.contrib.auth.models import User
from django.test import Client

from tests.factories import make_format, make_organisation, make_region, make_theme

SNIPPETS = {
    "theme": (make_theme, "Expérience usager"),
    "region": (make_region, "Bretagne"),
    "eventformat": (make_format, "Atelier participatif"),
    "organisation": (make_organisation, "DITP"),
}


@pytest.fixture(autouse=True)
def index_on_save(settings):
    """Index updates run as background tasks; here they run at once, as the worker would."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def staff(site_tree):
    client = Client(raise_request_exception=False)
    client.force_login(User.objects.create_superuser("marion", "marion@example.org", "pw"))
    return client


@pytest.mark.parametrize("model", list(SNIPPETS))
def test_listing_and_chooser_search_filtered_by_locale_answer(staff, site_tree, model):
    make, name = SNIPPETS[model]
    make()
    word = name.split()[0]
    for url in (
        f"/admin/snippets/taxonomy/{model}/?q={word}",
        f"/admin/snippets/taxonomy/{model}/?q={word}&locale=fr",
        f"/admin/snippets/choose/taxonomy/{model}/?q={word}",
        f"/admin/snippets/choose/taxonomy/{model}/?q={word}&locale=fr",
    ):
        response = staff.get(url)
        assert response.status_code == 200, url
        html = response.json()["html"] if "/choose/" in url else response.content.decode()
        assert name in html, url


def test_organisations_search_with_each_filter(staff, site_tree):
    make_organisation(name="Direction interministérielle", slug="dit", family="state")
    region = make_region()
    for query in ("family=state", f"region={region.pk}", "locale=fr"):
        response = staff.get(f"/admin/snippets/taxonomy/organisation/?q=Direction&{query}")
        assert response.status_code == 200, query
