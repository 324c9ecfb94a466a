"""Lab staff at the door, on a phone: sign in, find a person as they type, check them in,
undo, see the counter follow other phones; scan answers full screen; the screens after the
session. axe runs on each, in French and in English."""

import datetime
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from demo.accounts import grant_lab_staff_role
from events.models import EventSession
from registrations import services
from registrations.models import Registration
from tests.browser.checks import axe_violations
from tests.browser.conftest import Console
from tests.browser.data import small_site
from tests.browser.test_keyboard_and_small_screen import PHONE, assert_fits_the_screen
from tests.factories import register_person

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "mot-de-passe-labo-1"
DESKTOP = {"width": 1280, "height": 900}
# Screenshots for whoever reviews the screens (BROWSER_SCREENSHOTS=/some/folder).
SCREENSHOTS = Path(__import__("os").environ.get("BROWSER_SCREENSHOTS", "")) or None


def shoot(page, name):
    if SCREENSHOTS and str(SCREENSHOTS) not in ("", "."):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def lab_staff(data, language="fr"):
    staff = get_user_model().objects.create_user(
        "dominique", "dominique@labo.example.fr", PASSWORD, first_name="Dominique", last_name="Labo"
    )
    grant_lab_staff_role(staff, data.target.organiser)
    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = language
    profile.save()
    return staff


def signed_in(browser, site_server, viewport, locale="fr-FR"):
    context = browser.new_context(
        base_url=site_server.url,
        locale=locale,
        viewport=viewport,
        is_mobile=viewport == PHONE,
        has_touch=viewport == PHONE,
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto("/admin/login/")
    page.locator("#id_username").fill("dominique")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_password").press("Enter")
    page.wait_for_url(re.compile("/admin/$"))
    return context, page


def assert_title_whole(page):
    """The page's title wraps at 375 px: never cut, never an ellipsis, never overflowing."""
    title = page.locator("h1").first
    cut = title.evaluate(
        "(h) => { const s = getComputedStyle(h); return [h.scrollWidth > h.clientWidth + 1,"
        " h.scrollHeight > h.clientHeight + 1, s.textOverflow, s.whiteSpace]; }"
    )
    assert cut[:2] == [False, False] and cut[2] != "ellipsis" and cut[3] != "nowrap", cut


def session_now(session):
    start = timezone.now() - datetime.timedelta(minutes=20)
    EventSession.objects.filter(pk=session.pk).update(
        start=start, end=start + datetime.timedelta(hours=2)
    )


def test_lab_staff_check_people_in_from_a_phone_as_they_type(browser, site_server):
    data = small_site(capacity=3)
    session = data.session
    people = [
        register_person(session, "Zoé", "Lefèvre"),
        register_person(session, "Hugo", "Bernard"),
        register_person(session, "Anaïs", "Dupont"),
    ]
    lab_staff(data)
    context, page = signed_in(browser, site_server, PHONE)
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    try:
        console = Console(page)
        page.goto("/admin/inscriptions/")
        page.get_by_role("link", name=re.compile(f"^Pointage : {data.target.title}")).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Pointage"))
        expect(
            page.get_by_text("Présences pointées : 0 sur 3 personnes ayant une place")
        ).to_be_visible()
        assert_fits_the_screen(page)
        assert_title_whole(page)
        assert axe_violations(page) == []
        shoot(page, "check-in-fr-375")

        # Typed without the accent, as one does in a hurry; nothing to press.
        page.get_by_label("Chercher une personne").press_sequentially("lefev", delay=30)
        expect(page.locator("[data-person]:visible")).to_have_count(1)
        expect(page.get_by_role("status").filter(has_text="trouvée")).to_have_text(
            "1 personne trouvée."
        )
        page.get_by_role("button", name="Pointer la présence : Zoé Lefèvre").tap()
        expect(page.get_by_text("Présence enregistrée : Zoé Lefèvre.")).to_be_visible()
        expect(
            page.get_by_text("Présences pointées : 1 sur 3 personnes ayant une place")
        ).to_be_visible()
        expect(page.get_by_role("button", name="Annuler le pointage : Zoé Lefèvre")).to_be_visible()
        # Still on the same search, so the next name can be typed at once.
        expect(page.get_by_label("Chercher une personne")).to_have_value("lefev")
        assert Registration.objects.get(pk=people[0].pk).checked_in_at is not None
        assert axe_violations(page) == []
        shoot(page, "check-in-done-fr-375")

        # Undo from the answer.
        page.locator("[data-notice]").get_by_role("button", name="Annuler ce pointage").tap()
        expect(page.get_by_text("Pointage annulé : Zoé Lefèvre.")).to_be_visible()
        expect(
            page.get_by_text("Présences pointées : 0 sur 3 personnes ayant une place")
        ).to_be_visible()
        assert Registration.objects.get(pk=people[0].pk).checked_in_at is None

        # Another phone checks Hugo in: the list and the counter follow.
        services.check_in(people[1])
        page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
        expect(
            page.get_by_text("Présences pointées : 1 sur 3 personnes ayant une place")
        ).to_be_visible()
        page.get_by_label("Chercher une personne").fill("")
        expect(page.locator(f"#personne-{people[1].pk}")).to_contain_text("Présence pointée à")
        assert_fits_the_screen(page)
        assert console.problems == []
    finally:
        context.close()
    typed = [url for url in requested if re.search("lefev|zo%C3%A9|lef%C3%A8v", url, re.I)]
    assert typed == []


def test_scan_answers_fill_a_phone_screen_and_pass_axe(browser, site_server):
    data = small_site(capacity=2)
    session = data.session
    zoe = register_person(session, "Zoé", "Lefèvre")
    hugo = register_person(session, "Hugo", "Bernard")
    waiting = register_person(session, "Karim", "Diallo")
    services.cancel(hugo, notify=False)  # Karim gets the seat
    inès = register_person(session, "Inès", "Moreau")
    session_now(session)
    lab_staff(data)
    context, page = signed_in(browser, site_server, PHONE)
    try:
        page.goto(f"/admin/inscriptions/session/{session.pk}/pointage/")
        for person, tone, title, name in [
            (zoe, "success", "Présence enregistrée", "scan-success"),
            (zoe, "warning", "Présence déjà pointée", "scan-warning"),
            (inès, "error", "En liste d'attente : pas de place", "scan-error"),
        ]:
            person.refresh_from_db()
            page.goto(f"/admin/inscriptions/code/{person.check_in_secret}/")
            expect(page.locator("main")).to_have_class(f"scan scan--{tone}")
            expect(page.get_by_role("heading", level=1)).to_have_text(title)
            assert page.title().startswith(title)
            box = page.locator("main").bounding_box()
            assert box["height"] >= PHONE["height"] - 1 and box["width"] >= PHONE["width"] - 1
            assert_fits_the_screen(page)
            assert axe_violations(page) == []
            shoot(page, f"{name}-fr-375")
        assert waiting.pk  # seated after Hugo left, unscanned
        page.goto(f"/admin/inscriptions/code/{zoe.check_in_secret}/")
        page.get_by_role("link", name="Retour à la liste de pointage").tap()
        expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Pointage"))
    finally:
        context.close()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_door_screens_pass_axe_in_both_languages_and_sizes(browser, site_server, language):
    data = small_site(capacity=3)
    session = data.session
    zoe = register_person(session, "Zoé", "Lefèvre")
    register_person(session, "Hugo", "Bernard")
    session_now(session)
    services.check_in(zoe)
    lab_staff(data, language)
    locale = "fr-FR" if language == "fr" else "en-GB"
    screens = {
        "check-in": f"/admin/inscriptions/session/{session.pk}/pointage/",
        "no-shows": f"/admin/inscriptions/session/{session.pk}/absences/",
        "certificates": f"/admin/inscriptions/session/{session.pk}/attestations/",
        "new-code": f"/admin/inscriptions/inscription/{zoe.pk}/nouveau-code/",
        "scan": f"/admin/inscriptions/code/{zoe.check_in_secret}/",
        "session": f"/admin/inscriptions/session/{session.pk}/",
    }
    for viewport, size in ((PHONE, 375), (DESKTOP, 1280)):
        context, page = signed_in(browser, site_server, viewport, locale)
        try:
            console = Console(page)
            for name, url in screens.items():
                page.goto(url)
                expect(page.locator("html")).to_have_attribute("lang", language)
                if name != "scan":
                    assert_title_whole(page)
                if size == 375 and name != "session":  # the session page: its own issue
                    assert_fits_the_screen(page)
                assert axe_violations(page) == [], name
                shoot(page, f"{name}-{language}-{size}")
            assert console.problems == []
        finally:
            context.close()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_manage_page_shows_the_entry_code_then_the_certificate(browser, site_server, language):
    data = small_site(capacity=3, english=True)
    person = register_person(data.session, "Zoé", "Lefèvre")
    Registration.objects.filter(pk=person.pk).update(language=language)
    url = f"/{language}/inscriptions/gerer/{person.token}/"
    locale = "fr-FR" if language == "fr" else "en-GB"
    for viewport, size in ((PHONE, 375), (DESKTOP, 1280)):
        context = browser.new_context(base_url=site_server.url, locale=locale, viewport=viewport)
        try:
            page = context.new_page()
            page.goto(url)
            code = page.get_by_role("img", name=re.compile("QR"))
            expect(code).to_be_visible()
            box = code.bounding_box()
            assert 150 <= box["width"] <= 260 and box["width"] == box["height"]
            assert_fits_the_screen(page)
            assert axe_violations(page) == []
            shoot(page, f"manage-code-{language}-{size}")
        finally:
            context.close()
    session_now(data.session)
    services.check_in(person)
    EventSession.objects.filter(pk=data.session.pk).update(
        end=timezone.now() - datetime.timedelta(minutes=1)
    )
    context = browser.new_context(base_url=site_server.url, locale=locale, viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(url)
        expect(page.get_by_role("img", name=re.compile("QR"))).to_have_count(0)
        link = page.get_by_role("link", name=re.compile("attestation|certificate of attendance"))
        with page.expect_download() as download:
            link.click()
        assert download.value.suggested_filename.endswith(".pdf")
        assert axe_violations(page) == []
        shoot(page, f"manage-certificate-{language}-375")
    finally:
        context.close()
