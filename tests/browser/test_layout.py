"""Layout at phone, tablet and desktop widths: asides that stay in their column, and a
programme whose first event shows on a phone without scrolling past every filter."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from defis.models import DefiRelatedEvent, DefiRelatedLab, DefiTeamMember
from tests.browser.data import small_site
from tests.factories import make_defi, make_lab

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WIDTHS = [375, 768, 1280]
PHONE = {"width": 375, "height": 812}

# The lowest bottom edge of anything inside <main>, and the top of the footer.
BOTTOMS = """() => {
    const footer = document.querySelector("footer").getBoundingClientRect().top;
    let lowest = 0, culprit = "";
    for (const element of document.querySelectorAll("main *")) {
        const box = element.getBoundingClientRect();
        if (box.height && box.bottom > lowest) {
            lowest = box.bottom;
            culprit = element.outerHTML.slice(0, 120);
        }
    }
    return {footer, lowest, culprit};
}"""


def assert_nothing_over_the_footer(page):
    edges = page.evaluate(BOTTOMS)
    assert edges["lowest"] <= edges["footer"] + 0.5, (
        f"{page.url}: {edges['culprit']} ends at {edges['lowest']}px, "
        f"below the footer's top ({edges['footer']}px)"
    )


@pytest.fixture
def short_defi_with_long_aside():
    """A défi whose aside (facts, a team of six, labs, events) is longer than its text."""
    data = small_site()
    labs = [make_lab(data.site.labs, title=f"Laboratoire {n}") for n in range(3)]
    defi = make_defi(data.site.defis, title="SOS Ponts", problem="<p>Court.</p>")
    locale = Locale.objects.get(language_code="fr")
    for n in range(6):
        defi.team_members.add(
            DefiTeamMember(name=f"Personne {n}", role="Designer de services", locale=locale)
        )
    for lab in labs:
        defi.related_labs.add(DefiRelatedLab(lab=lab))
    for event in (data.target, data.other_theme, data.other_region):
        defi.related_events.add(DefiRelatedEvent(event=event))
    defi.save_revision().publish()
    lab = make_lab(
        data.site.labs,
        title="Ti Lab",
        address="1 rue de la République\n35000 Rennes",
        contact_email="contact@tilab.example.fr",
        website="https://tilab.example.fr",
    )
    return defi, lab


@pytest.mark.parametrize("width", WIDTHS)
def test_defi_and_lab_asides_stay_above_the_footer(
    browser, site_server, short_defi_with_long_aside, width
):
    defi, lab = short_defi_with_long_aside
    context = browser.new_context(
        base_url=site_server.url, viewport={"width": width, "height": 900}
    )
    try:
        page = context.new_page()
        page.goto(defi.url)
        expect(page.get_by_role("heading", name="L'équipe")).to_be_visible()
        assert_nothing_over_the_footer(page)
        # Each box of the aside is as tall as what it holds: no tall empty panel.
        heights = page.evaluate(
            """() => [...document.querySelectorAll("aside .site-aside-box")].map(box => {
                const inner = [...box.children].reduce(
                    (sum, child) => sum + child.getBoundingClientRect().height, 0);
                return [box.getBoundingClientRect().height, inner];
            })"""
        )
        assert len(heights) == 4
        for outer, inner in heights:
            assert outer < inner + 100, heights
        page.screenshot(path=f"/tmp/layout-defi-{width}.png", full_page=True)

        page.goto(lab.url)
        expect(page.get_by_role("heading", name="Contact")).to_be_visible()
        assert_nothing_over_the_footer(page)
        box = page.locator("aside .site-aside-box")
        inner = page.evaluate(
            """() => [...document.querySelector("aside .site-aside-box").children].reduce(
                (sum, child) => sum + child.getBoundingClientRect().height, 0)"""
        )
        assert box.bounding_box()["height"] < inner + 100
    finally:
        context.close()


def test_on_a_phone_the_filters_fold_and_the_first_event_is_within_two_screens(
    browser, site_server
):
    data = small_site()
    context = browser.new_context(
        base_url=site_server.url, locale="fr-FR", viewport=PHONE, is_mobile=True, has_touch=True
    )
    try:
        page = context.new_page()
        page.goto(data.site.programme.url + "?region=bretagne")
        button = page.get_by_role("button", name="Filtrer les événements (1 filtre actif)")
        expect(button).to_have_attribute("aria-expanded", "false")
        keywords = page.get_by_label("Mots-clés")
        expect(keywords).to_be_hidden()
        expect(page.get_by_role("heading", name="2 événements à venir")).to_be_in_viewport()
        first = page.get_by_role("main").locator(".fr-card").first
        assert first.bounding_box()["y"] < 2 * PHONE["height"]

        # The active filter is a tag that removes it.
        tags = page.get_by_role("list", name="Filtres actifs")
        tags.get_by_role("link", name="Retirer le filtre Bretagne").click()
        expect(page.get_by_role("heading", name="3 événements à venir")).to_be_visible()
        expect(page.get_by_role("list", name="Filtres actifs")).to_have_count(0)

        # With the keyboard: the button opens the form, whose fields then take the focus.
        button = page.get_by_role("button", name="Filtrer les événements")
        button.focus()
        page.keyboard.press("Enter")
        expect(button).to_have_attribute("aria-expanded", "true")
        expect(keywords).to_be_visible()
        page.keyboard.press("Tab")
        expect(keywords).to_be_focused()
        keywords.fill("donnees")
        page.keyboard.press("Enter")
        expect(page.get_by_role("heading", name="1 événement à venir")).to_be_visible()
        expect(
            page.get_by_role("main").get_by_role("link", name=data.other_region.title)
        ).to_be_visible()
        page.screenshot(path="/tmp/layout-programme-375.png", full_page=True)
    finally:
        context.close()


def test_on_a_desktop_the_filters_stay_open_without_a_button(page):
    data = small_site()
    page.goto(data.site.programme.url)
    expect(page.get_by_label("Mots-clés")).to_be_visible()
    expect(page.get_by_role("button", name="Filtrer les événements")).to_be_hidden()


def test_the_language_switcher_keeps_the_programmes_filters(page):
    data = small_site(english=True)
    page.goto(data.site.programme.url + "?region=bretagne&theme=experience-usager")
    expect(page.get_by_role("heading", name="1 événement à venir")).to_be_visible()
    page.get_by_role("button", name="FR").click()
    page.get_by_role("link", name="EN – English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", name="1 upcoming event")).to_be_visible()
    expect(page.locator("#filter-theme-experience-usager")).to_be_checked()
    expect(page.get_by_label("Region")).to_have_value("bretagne")
    tags = page.get_by_role("list", name="Active filters")
    expect(tags.get_by_role("link")).to_have_count(2)
    expect(
        page.get_by_role("main").get_by_role("link", name="Public policy design workshop")
    ).to_be_visible()
