"""The registration rate limits, both sides: colleagues behind one shared address all get
through; a flood from one browser, one address, one mailbox or many addresses is bounded."""

import pytest
from django.test import Client

from registrations.models import Registration
from tests.registration_support import (
    immediate_tasks,  # noqa: F401
    workshop,
)
from tests.test_registration_views import form_data, register_url

pytestmark = pytest.mark.usefixtures("immediate_tasks")

SHARED_ADDRESS = "10.20.30.40"  # one exit of the interministerial network


def browser(address=SHARED_ADDRESS):
    """A browser of its own (its CSRF cookie) behind ``address``, with the form loaded."""
    return Client(enforce_csrf_checks=True, REMOTE_ADDR=address)


def register_from(client, session, n):
    page = client.get(register_url(session))
    token = page.context["csrf_token"]
    data = form_data(session, email=f"agent{n}@interieur.gouv.fr")
    return client.post(register_url(session), {**data, "csrfmiddlewaretoken": str(token)})


def test_forty_colleagues_behind_one_address_all_register_in_five_minutes(site_tree):
    _event, session = workshop(site_tree, capacity=50)
    answers = [register_from(browser(), session, n).status_code for n in range(40)]
    assert answers == [303] * 40
    assert Registration.objects.filter(session=session).count() == 40


def test_one_browser_flooding_is_stopped_after_ten_attempts(site_tree):
    _event, session = workshop(site_tree, capacity=50)
    script = browser()
    answers = [register_from(script, session, n).status_code for n in range(12)]
    assert answers == [303] * 10 + [429] * 2
    assert Registration.objects.count() == 10
    # A colleague on the same address is not refused for it.
    assert register_from(browser(), session, 99).status_code == 303


def test_a_script_renewing_its_cookie_is_bounded_by_the_address(site_tree, settings):
    settings.REGISTRATION_RATE_LIMIT_IP = "50/300"
    _event, session = workshop(site_tree, capacity=100)
    answers = [register_from(browser(), session, n).status_code for n in range(52)]
    assert answers.count(303) == 50 and answers[-2:] == [429, 429]


def test_a_script_from_random_addresses_is_bounded_by_the_site_ceiling(site_tree, settings):
    settings.REGISTRATION_RATE_LIMIT_GLOBAL = "20/60"
    _event, session = workshop(site_tree, capacity=100)
    answers = [register_from(browser(f"192.0.2.{n}"), session, n).status_code for n in range(1, 23)]
    assert answers.count(303) == 20 and answers[-1] == 429


def test_one_mailbox_is_bounded_whatever_the_address(site_tree):
    _event, session = workshop(site_tree, capacity=50)
    answers = []
    for n in range(7):
        client = browser(f"198.51.100.{n}")
        page = client.get(register_url(session))
        data = form_data(session, email="meme@example.org")
        token = page.context["csrf_token"]
        answers.append(
            client.post(register_url(session), {**data, "csrfmiddlewaretoken": str(token)})
        )
    assert [a.status_code for a in answers] == [303] * 5 + [429] * 2
    assert "Trop de tentatives" in answers[-1].content.decode()


def test_the_honeypot_never_registers(site_tree):
    _event, session = workshop(site_tree, capacity=50)
    client = browser()
    page = client.get(register_url(session))
    data = form_data(session, website="http://spam.example")
    response = client.post(
        register_url(session), {**data, "csrfmiddlewaretoken": str(page.context["csrf_token"])}
    )
    assert response.status_code == 400
    assert not Registration.objects.exists()
