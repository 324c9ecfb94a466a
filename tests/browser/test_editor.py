"""An editor's journey in the Wagtail admin, in Chromium: create, translate, publish."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from demo.accounts import grant_editor_role
from events.formatting import format_when
from events.models import EventPage, EventSession
from tests.browser.data import next_week, small_site

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "mot-de-passe-de-test-1"
TITLE_FR = "Atelier de conception avec les usagers"
TITLE_EN = "Service design workshop with users"
SUMMARY_FR = "Deux demi-journées pour concevoir un service avec ses usagers."
SUMMARY_EN = "Two half-days to design a service with its users."
SLUG_EN = "service-design-workshop"
STARTS = [next_week(10, hour=9), next_week(11, hour=13)]


def field(page, label, index=0, role="textbox"):
    """The admin field with this label (required ones end with a "*"), not the panel
    that its label also names."""
    return page.get_by_role(role, name=re.compile(rf"^\s*{re.escape(label)}\s*\*?\s*$")).nth(index)


def close_date_pickers(page):
    """A click in another field closes a date picker still open (on a loaded machine, one can
    open after its field was left, even after the first such click): the next click would
    only close it, as for a person, who clicks again until it is gone."""
    pickers = page.locator(".xdsoft_datetimepicker:visible")
    for _attempt in range(4):
        field(page, "Titre").click()
        if not pickers.count():
            break
        page.wait_for_timeout(500)
    expect(pickers).to_have_count(0)


def add_session(page, count):
    close_date_pickers(page)
    page.get_by_role("button", name="Ajouter un(e) session").click()
    # Wagtail builds the new form's widgets in the browser: on a machine whose two cores run
    # two test suites and the Nu checker, that can take longer than expect's 5 seconds.
    expect(page.get_by_role("textbox", name=re.compile(r"^\s*Début\s*\*?\s*$"))).to_have_count(
        count, timeout=15_000
    )


def publish(page):
    close_date_pickers(page)
    page.get_by_role("button", name="Plus d'actions").click()
    page.get_by_role("button", name="Publier", exact=True).click()


def translate_segment(page, heading, text):
    """In wagtail-localize's editor: the field under this heading, translated and saved."""
    segment = page.get_by_role("listitem").filter(
        has=page.get_by_role("heading", name=heading, exact=True)
    )
    segment.get_by_role("button", name="Traduire").click()
    # The translation box has no accessible name: it is the only one in its field.
    segment.get_by_role("textbox").fill(text)
    segment.get_by_role("button", name="Enregistrer").click()
    expect(segment.get_by_text(text, exact=True)).to_be_visible()


def switch_language(page, current, target):
    """Opens the header's language menu (its button shows the current language) and follows
    the link to the other language."""
    header = page.get_by_role("banner")
    header.get_by_role("button", name=re.compile(rf"^{current}\b")).click()
    header.get_by_role("link", name=target).click()


def expect_sessions(page, section, sessions, language):
    """The event page lists these sessions, dated in its language, one heading each."""
    when = [format_when(s.start, s.end, s.time_zone, language=language) for s in sessions]
    region = page.get_by_role("region", name=section)
    expect(region.get_by_role("heading", level=3)).to_have_text(when)


def make_editor():
    user = get_user_model().objects.create_user(
        "camille", "camille@example.org", PASSWORD, first_name="Camille", last_name="Éditrice"
    )
    grant_editor_role(user)
    assert not user.is_superuser and user.groups.filter(name="Editors").exists()
    return user


def test_editor_creates_translates_and_publishes_an_event(page, browser_context):
    data = small_site(english=True)
    make_editor()

    page.goto("/admin/")
    page.get_by_label("Nom d’utilisateur").fill("camille")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="S'identifier").click()
    expect(page.get_by_role("button", name="Camille")).to_be_visible()
    page.goto(f"/admin/pages/{data.site.programme.pk}/")
    page.get_by_role("link", name="Ajouter une sous-page").first.click()
    # The programme takes event pages and series pages: the editor picks the event.
    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile("Créer une page dans Programme")
    )
    page.get_by_role("link", name=re.compile("^Page d'événement")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile("Nouveau.*Page d'événement")
    )
    field(page, "Titre").fill(TITLE_FR)
    field(page, "Résumé").fill(SUMMARY_FR)
    field(page, "Lieu").fill("Laboratoire d'innovation de Bretagne")
    for index, start in enumerate(STARTS):
        add_session(page, index + 1)
        # Typed in the widget's format, then Tab closes its calendar.
        field(page, "Début", index).fill(f"{start:%Y-%m-%d %H:%M}")
        field(page, "Début", index).press("Tab")
        field(page, "Fin", index).fill(f"{start.replace(hour=17):%Y-%m-%d %H:%M}")
        field(page, "Fin", index).press("Tab")
        field(page, "Capacité", index, role="spinbutton").fill("25")
    publish(page)
    expect(page.get_by_role("status")).to_contain_text(
        # The admin names an event with its date: « Atelier … (vendredi 11 décembre 2026) ».
        re.compile(rf"Page\s«\s{re.escape(TITLE_FR)}\s\(.+\)\s»\scréée\set\spubliée\.")
    )
    french = EventPage.objects.get(title=TITLE_FR)

    # Translate it into English with wagtail-localize.
    page.get_by_role(
        "button", name=re.compile(rf"Plus d’options pour « {re.escape(TITLE_FR)}")
    ).click()
    page.get_by_role("link", name="Traduire").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile(rf"Traduire la page {re.escape(TITLE_FR)}")
    )
    page.get_by_role("checkbox", name="English").check()
    page.get_by_role("button", name="Soumettre").click()
    expect(page.get_by_role("status")).to_contain_text("soumise avec succès pour traduction")
    translate_segment(page, "Titre", TITLE_EN)
    translate_segment(page, "Résumé", SUMMARY_EN)
    translate_segment(page, "Lieu", "Brittany innovation lab")
    page.get_by_role("tab", name="Promotion").click()
    translate_segment(page, "Slug", SLUG_EN)
    page.get_by_role("button", name=re.compile("Publier dans ?English")).click()
    expect(page.get_by_role("status")).to_contain_text(
        re.compile(rf"«\s{re.escape(TITLE_EN)}.*»\sa\sété\spublié\(e\)\sen\sEnglish\.")
    )
    expect(page.get_by_role("status")).not_to_contain_text("traductions manquantes")

    # In the database: two live pages, the sessions on the French one only.
    french.refresh_from_db()
    english = EventPage.objects.get(
        translation_key=french.translation_key, locale__language_code="en"
    )
    assert french.live and english.live
    assert (english.title, english.summary, english.slug) == (TITLE_EN, SUMMARY_EN, SLUG_EN)
    assert EventPage.objects.filter(locale__language_code="fr").count() == 4
    assert EventPage.objects.filter(locale__language_code="en").count() == 4
    sessions = list(EventSession.objects.filter(event=french).order_by("start"))
    assert [(s.start, s.end, s.capacity) for s in sessions] == [
        (start, start.replace(hour=17), 25) for start in STARTS
    ]
    assert not EventSession.objects.filter(event=english).exists()
    assert english.first_start == french.first_start == STARTS[0]

    # A visitor (no admin session) reads both versions and switches between them.
    browser_context.clear_cookies()
    for url in (french.url, english.url):
        assert page.request.get(url).status == 200, url
    page.goto(french.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE_FR)
    expect_sessions(page, "Sessions et inscription", sessions, "fr")
    expect(page.get_by_role("button", name="S'inscrire")).to_have_count(2)
    switch_language(page, "FR", "EN – English")
    expect(page).to_have_url(re.compile(re.escape(english.url) + "$"))
    assert english.url.startswith("/en/") and english.url.endswith(f"/{SLUG_EN}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE_EN)
    expect(page.get_by_text(SUMMARY_EN)).to_be_visible()
    expect_sessions(page, "Sessions and registration", sessions, "en")
    expect(page.get_by_role("button", name="Register")).to_have_count(2)
    switch_language(page, "EN", "FR – Français")
    expect(page).to_have_url(re.compile(re.escape(french.url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE_FR)


def test_an_abandoned_add_form_leaves_no_page_and_frees_its_slug(page):
    data = small_site()
    make_editor()
    page.goto("/admin/")
    page.get_by_label("Nom d’utilisateur").fill("camille")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="S'identifier").click()
    add_url = f"/admin/pages/add/events/eventpage/{data.site.programme.pk}/"

    page.goto(add_url)
    field(page, "Titre").fill(TITLE_FR)
    field(page, "Résumé").fill(SUMMARY_FR)
    # Longer than Wagtail's autosave delay: the add form must not have saved anything.
    page.wait_for_timeout(2000)
    assert not EventPage.objects.filter(title=TITLE_FR).exists()
    page.once("dialog", lambda dialog: dialog.accept())
    page.goto("/admin/")

    page.goto(add_url)
    field(page, "Titre").fill(TITLE_FR)
    field(page, "Résumé").fill(SUMMARY_FR)
    field(page, "Lieu").fill("Laboratoire d'innovation de Bretagne")
    publish(page)
    expect(page.get_by_role("status")).to_contain_text(re.compile(r"créée\set\spubliée\."))
    assert EventPage.objects.get(title=TITLE_FR).slug == "atelier-de-conception-avec-les-usagers"
