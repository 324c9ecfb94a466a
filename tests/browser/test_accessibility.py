"""Accessibility and validity gates: every public page type, in French and in English.

The demo content is loaded (real texts, every block and page type, both languages), then a
visitor walks through each page type and through the registration journey (form with
errors, result, manage page, cancellation). On each page axe-core, injected in Chromium,
must report no WCAG 2.1 AA violation, and the W3C Nu checker (vnu-jar) must find no error
in the HTML the server sent, for those pages and for every other live page of the demo
content in both languages. One report lists every problem found, page by page.
"""

import io
import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from playwright.sync_api import expect
from wagtail.models import Locale, Page

from defis.models import DefiIndexPage, DefiPage
from events.models import EventIndexPage, EventPage, EventSession, SeriesPage
from home.models import HomePage, StandardPage
from labs.models import LabIndexPage, LabPage
from registrations import services
from registrations.models import Registration
from taxonomy.models import Region, Theme
from tests.browser.checks import axe_violations, vnu_errors
from tests.browser.data import emails_to, manage_path, small_site, tick

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PAGE_MODELS = [
    HomePage,
    EventIndexPage,
    EventPage,
    SeriesPage,
    LabIndexPage,
    LabPage,
    DefiIndexPage,
    DefiPage,
]

WORDS = {
    "fr": {
        "first_name": "Prénom",
        "last_name": "Nom",
        "email": "Adresse électronique",
        "organisation": "Organisation",
        "consent": "J'accepte que ces informations servent à gérer mon inscription.",
        "register": "S'inscrire",
        "join_waitlist": "Rejoindre la liste d'attente",
        "cancel": "Annuler mon inscription",
        "confirm_cancel": "Oui, annuler mon inscription",
        "search": "innovation",
    },
    "en": {
        "first_name": "First name",
        "last_name": "Last name",
        "email": "Email address",
        "organisation": "Organisation",
        "consent": "I agree that this information is used to manage my registration.",
        "register": "Register",
        "join_waitlist": "Join the waiting list",
        "cancel": "Cancel my registration",
        "confirm_cancel": "Yes, cancel my registration",
        "search": "innovation",
    },
}


def open_session(full=False):
    """A session of the French programme that takes registrations and has seats left (or,
    with ``full``, none left but a waiting list)."""
    now = timezone.now()
    for session in (
        EventSession.objects.filter(
            start__gt=now,
            is_cancelled=False,
            event__live=True,
            event__external_registration_url="",
            # Open to anyone: the journey registers example.org addresses.
            invitation_only=False,
            reserved_domains="",
        )
        .select_related("event")
        .order_by("start")
    ):
        taken = Registration.objects.filter(session=session, status="confirmed").count()
        if session.registration_state(now) != "open":
            continue
        if (
            (taken >= session.capacity and session.waitlist_enabled)
            if full
            else taken < session.capacity
        ):
            return session
    raise AssertionError(f"the demo content has no {'full' if full else 'open'} session")


def page_type_urls(language):
    """(name, url) of one live page of each type, every standard page, and the listings."""
    locale = Locale.objects.get(language_code=language)
    urls = []
    for model in PAGE_MODELS:
        page = model.objects.live().filter(locale=locale).order_by("path").first()
        assert page is not None, f"no live {model.__name__} in {language}"
        urls.append((model.__name__, page.url))
    for page in StandardPage.objects.live().filter(locale=locale).order_by("path"):
        urls.append((f"StandardPage {page.slug}", page.url))
    programme = EventIndexPage.objects.live().get(locale=locale).url
    series = SeriesPage.objects.live().get(locale=locale)
    # An event of the series: coaches with and without photos, sessions reserved to the
    # ministry's addresses, a training on invitation (its page, with the link).
    event = EventPage.objects.live().filter(locale=locale, series__isnull=False).first()
    urls.append(("EventPage with coaches and reserved sessions", event.url))
    training = EventSession.objects.filter(invitation_only=True).order_by("start").first()
    with translation.override(language):
        invitation = reverse("registrations:register", args=[training.pk])
    token = services.invitation_token(training)
    urls.append(("registration page on invitation", f"{invitation}?invitation={token}"))
    reserved = EventSession.objects.exclude(reserved_domains="").order_by("start").first()
    with translation.override(language):
        urls.append(
            (
                "registration page reserved to domains",
                reverse("registrations:register", args=[reserved.pk]),
            )
        )
    # The calls for ideas: one open (with its form), one with selected and incubated ideas;
    # la Fabrique à Idées, a place with its offer, methods and next workshops.
    calls = DefiPage.objects.live().filter(locale=locale, kind="ideas").order_by("path")
    open_call = next(call for call in calls if call.schedule().is_open)
    incubating = next(call for call in calls if not call.schedule().is_open)
    urls.append(("DefiPage call for ideas, open", open_call.url))
    urls.append(("DefiPage call for ideas with selected ideas", incubating.url))
    place = LabPage.objects.live().get(locale=locale, kind="place")
    urls.append(("LabPage place", place.url))
    with translation.override(language):
        urls.append(("idea form", reverse("ideas:propose", args=[open_call.pk])))
    theme = Theme.objects.filter(locale=locale).order_by("pk").first()
    region = Region.objects.filter(locale=locale).order_by("pk").first()
    urls += [
        (
            "programme filtered",
            f"{programme}?theme={theme.slug}&region={region.slug}&mode=sur-place",
        ),
        ("programme without results", f"{programme}?q=zzzzzz"),
        ("programme of a series", f"{programme}?cycle={series.slug}"),
        ("programme archive", f"{programme}?archive=1"),
    ]
    with translation.override(language):
        search = reverse("search")
        propose = reverse("proposals:propose")
    # The proposal form; its error state is walked in tests/browser/test_proposals.py.
    urls.append(("proposal form", propose))
    urls += [
        ("search results", f"{search}?q={WORDS[language]['search']}"),
        ("search without results", f"{search}?q=zzzzzz"),
        ("search empty", search),
    ]
    return urls


def every_live_page(language):
    """(name, url) of every live page of the demo content in this language: the Nu checker
    reads them all, since a page type that passes with one page breaks with other content
    (two sessions, no picture, a long title)."""
    locale = Locale.objects.get(language_code=language)
    pages = Page.objects.live().filter(locale=locale, depth__gte=2).specific().order_by("path")
    return [(f"{type(page).__name__} {page.slug} ({language})", page.url) for page in pages]


# Resolves when the page's finite animations have ended (2 s at most; spinners never end).
FINITE_ANIMATIONS_DONE = """() => Promise.race([
    Promise.all(document.getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => null))),
    new Promise((resolve) => setTimeout(resolve, 2000)),
])"""


class Gate:
    """Visits pages, runs axe on each, keeps the served HTML for one run of the Nu checker."""

    def __init__(self, page):
        self.page = page
        self.documents = {}
        self.problems = {}
        self.urls = []

    def check(self, name, html):
        self.documents[name] = html
        # A message still fading in (Wagtail's) has the contrast of its first frames.
        self.page.evaluate(FINITE_ANIMATIONS_DONE)
        found = axe_violations(self.page)
        if found:
            self.problems.setdefault(name, []).extend(f"axe: {line}" for line in found)

    def visit(self, name, url, status=200):
        response = self.page.goto(url)
        assert response.status == status, f"{name}: {url} answered {response.status}"
        self.urls.append(url)
        self.check(name, response.text())

    def read(self, name, url):
        """A page for the Nu checker only (axe has seen a page of its type)."""
        response = self.page.request.get(url)
        assert response.status == 200, f"{name}: {url} answered {response.status}"
        self.documents[name] = response.text()

    def report(self):
        for name, errors in vnu_errors(self.documents).items():
            self.problems.setdefault(name, []).extend(f"vnu: {line}" for line in errors)
        return "\n".join(
            f"{name}:\n  " + "\n  ".join(lines) for name, lines in sorted(self.problems.items())
        )


def open_registration_form(page, language, session):
    """The event page of ``session`` in ``language``, and the session's form on it."""
    event = session.event
    if language != "fr":
        event = event.get_translation(Locale.objects.get(language_code=language))
    page.goto(event.url)
    return page.locator(f"#session-{session.pk}-form")


def fill_in(form, words, first_name, last_name, email, organisation):
    form.get_by_label(words["first_name"]).fill(first_name)
    form.get_by_label(words["last_name"], exact=True).fill(last_name)
    form.get_by_label(words["email"]).fill(email)
    form.get_by_label(words["organisation"]).fill(organisation)
    tick(form, words["consent"])


def registration_journey(gate, page, language, session):
    """Form with errors, then the result page, the manage page, cancellation and its result."""
    words = WORDS[language]
    form = open_registration_form(page, language, session)
    # Server-side errors, as a browser that does not check `required` fields itself shows them.
    form.evaluate("form => { form.noValidate = true; }")
    page.get_by_label(words["email"]).first.fill("pas-une-adresse")
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        form.get_by_role("button", name=words["register"]).click()
    assert answer.value.status == 400, f"form with errors answered {answer.value.status}"
    gate.check(f"registration form with errors ({language})", answer.value.text())
    # The summary of errors takes the focus, and each of its links leads to its field.
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    summary.get_by_role("link").nth(2).click()
    expect(page.get_by_label(words["email"])).to_be_focused()

    email = f"gate.{language}@example.org"
    form = page.locator(f"#session-{session.pk}-form")
    fill_in(form, words, "Claude", "Martin", email, "Préfecture")
    with page.expect_navigation():
        form.get_by_role("button", name=words["register"]).click()
    gate.check(f"registration result ({language})", page.request.get(page.url).text())

    (message,) = emails_to(email)
    gate.visit(f"manage page ({language})", manage_path(message))
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        page.get_by_role("button", name=words["cancel"]).click()
    gate.check(f"cancellation confirmation ({language})", answer.value.text())
    with page.expect_navigation():
        page.get_by_role("button", name=words["confirm_cancel"]).click()
    gate.check(f"cancelled ({language})", page.request.get(page.url).text())


def waiting_list_result(gate, page, language, session):
    words = WORDS[language]
    form = open_registration_form(page, language, session)
    fill_in(form, words, "Dominique", "Petit", f"attente.{language}@example.org", "Mairie")
    with page.expect_navigation():
        form.get_by_role("button", name=words["join_waitlist"]).click()
    assert Registration.objects.get(email=f"attente.{language}@example.org").status == "waitlisted"
    gate.check(f"waiting list result ({language})", page.request.get(page.url).text())


def test_every_public_page_type_passes_axe_and_the_nu_checker(page, immediate_tasks):
    call_command("load_demo_content", stdout=io.StringIO(), verbosity=0)
    session, full = open_session(), open_session(full=True)
    gate = Gate(page)
    for language in ("fr", "en"):
        for name, url in page_type_urls(language):
            gate.visit(f"{name} ({language})", url)
        gate.visit(f"404 ({language})", f"/{language}/cette-page-n-existe-pas/", status=404)
        visited = set(gate.urls)
        for name, url in every_live_page(language):
            if url not in visited:
                gate.read(name, url)
        with translation.override(language):
            standalone = reverse("registrations:register", args=[session.pk])
        gate.visit(f"registration page of a session ({language})", standalone)
        registration_journey(gate, page, language, session)
        series = SeriesPage.objects.live().get(locale__language_code=language)
        SeriesPage.objects.filter(pk=series.pk).update(image=None)  # without its picture
        cache.clear()
        gate.visit(f"SeriesPage without picture ({language})", series.url)
        waiting_list_result(gate, page, language, full)
        assert page.locator("html").get_attribute("lang") == language
    assert len(gate.documents) >= 2 * 20
    assert len(gate.documents) > len(gate.urls), "the Nu checker read only the sample pages"
    report = gate.report()
    assert not report, "\n" + report


def test_a_form_posted_after_its_security_cookie_expired_gets_a_readable_page(page, site_server):
    data = small_site()
    page.goto(data.target.url)
    page.context.clear_cookies()
    tick(page, WORDS["fr"]["consent"])
    page.get_by_label(WORDS["fr"]["first_name"]).fill("Claude")
    page.get_by_label(WORDS["fr"]["last_name"], exact=True).fill("Martin")
    page.get_by_label(WORDS["fr"]["email"]).fill("claude@example.org")
    page.get_by_label(WORDS["fr"]["organisation"]).fill("Préfecture")
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        page.get_by_role("button", name=WORDS["fr"]["register"]).click()
    assert answer.value.status == 403
    assert re.search("expiré|rechargez", page.get_by_role("main").inner_text(), re.I)
    found = axe_violations(page)
    errors = vnu_errors({"403": answer.value.text()})
    assert not found and not errors, (found, errors)
