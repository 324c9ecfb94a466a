"""The main journeys on a 375 px wide phone screen and with the keyboard alone."""

import re

import pytest
from playwright.sync_api import expect

from registrations.models import Registration
from tests.browser.data import emails_to, small_site, tick

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 375, "height": 812}


def assert_fits_the_screen(page):
    """Nothing wider than the screen: no sideways scrolling to read a page."""
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{page.url} is {overflow}px wider than the screen"


def test_a_visitor_on_a_phone_finds_an_event_through_the_menu_and_registers(
    browser, site_server, immediate_tasks
):
    data = small_site(english=True)
    context = browser.new_context(
        base_url=site_server.url, locale="fr-FR", viewport=PHONE, is_mobile=True, has_touch=True
    )
    try:
        page = context.new_page()
        page.goto("/fr/")
        assert_fits_the_screen(page)
        # On a phone the navigation is folded behind the "Menu" button.
        navigation = page.get_by_role("navigation", name="Menu principal")
        expect(navigation.get_by_role("link", name="Programme")).to_be_hidden()
        page.get_by_role("button", name="Menu").click()
        navigation.get_by_role("link", name="Programme").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Programme"))
        assert_fits_the_screen(page)

        page.get_by_role("main").get_by_role("link", name=data.target.title).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(data.target.title)
        assert_fits_the_screen(page)
        page.get_by_label("Prénom").fill("Camille")
        page.get_by_label("Nom", exact=True).fill("Martin")
        page.get_by_label("Adresse électronique").fill("camille.telephone@example.org")
        page.get_by_label("Organisation").fill("Préfecture")
        tick(page, "J'accepte que ces informations servent à gérer mon inscription.")
        page.get_by_role("button", name="S'inscrire").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Votre place est confirmée")
        assert_fits_the_screen(page)

        # The language switcher is reachable on a phone too, and leads to the English page.
        page.goto(data.target.url)
        page.get_by_role("button", name="Menu").click()
        page.get_by_role("button", name="FR – Français").filter(visible=True).click()
        page.get_by_role("link", name="EN – English").filter(visible=True).click()
        expect(page.locator("html")).to_have_attribute("lang", "en")
        expect(page.get_by_role("heading", level=1)).to_have_text("Public policy design workshop")
        assert_fits_the_screen(page)
    finally:
        context.close()
    assert Registration.objects.get(email="camille.telephone@example.org").status == "confirmed"


def focused(page):
    return page.evaluate(
        """() => {
            const element = document.activeElement;
            const label = element.labels && element.labels[0];
            const ring = (node, pseudo) => {
                const style = getComputedStyle(node, pseudo);
                return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
            };
            // DSFR draws the ring of a card's link on the whole card (the "enlarged link").
            const card = element.closest(".fr-enlarge-link");
            return {
                tag: element.tagName.toLowerCase(),
                name: (label ? label.textContent : element.textContent).trim().replace(/\\s+/g, " "),
                outline: ring(element) || ring(element, "::before") || ring(element, "::after")
                    || (card !== null && ring(card)),
            };
        }"""
    )


def tab_to(page, name, limit=150):
    """Press Tab until the element whose label or text starts with ``name`` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = focused(page)
        if now["name"].startswith(name):
            # Every stop of the focus must be visible, or a keyboard user is lost.
            assert now["outline"], f"no visible focus ring on {now}"
            return now
    raise AssertionError(f"{name!r} is not reachable with the Tab key on {page.url}")


def test_a_keyboard_user_skips_to_the_content_filters_and_registers(page, immediate_tasks):
    data = small_site()
    page.goto("/fr/")
    page.keyboard.press("Tab")
    assert focused(page)["name"] == "Contenu"
    page.keyboard.press("Enter")
    expect(page.get_by_role("main")).to_be_focused()

    tab_to(page, "Programme")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Programme"))

    tab_to(page, "Expérience usager")
    page.keyboard.press("Space")
    tab_to(page, "Filtrer")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("theme=experience-usager"))
    tab_to(page, data.target.title)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(data.target.title)

    for label, text in [
        ("Prénom", "Alex"),
        ("Nom", "Durand"),
        ("Adresse électronique", "alex.clavier@example.org"),
        ("Organisation", "Rectorat"),
    ]:
        tab_to(page, label)
        page.keyboard.type(text)
    tab_to(page, "J'accepte")
    page.keyboard.press("Space")
    tab_to(page, "S'inscrire")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Votre place est confirmée")
    assert Registration.objects.get(email="alex.clavier@example.org").status == "confirmed"
    assert len(emails_to("alex.clavier@example.org")) == 1
