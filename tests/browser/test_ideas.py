"""An agent proposes an idea to an open call; the form and its errors pass axe and Nu.

Screenshots of the call's page and of the form with errors go to BROWSER_ARTIFACTS
(default /tmp/browser-artifacts) for review.
"""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from defis.models import DefiKind
from ideas.models import Idea, IdeaStatus
from tests.browser.checks import axe_violations, vnu_errors
from tests.browser.conftest import ARTIFACTS
from tests.browser.data import emails_to, small_site
from tests.factories import make_defi, translate

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TODAY = timezone.localdate()


def open_call():
    data = small_site(english=True)
    defi = make_defi(
        data.site.defis,
        title="Défi d'idées : mieux accueillir les usagers",
        kind=DefiKind.IDEAS,
        programme="Innovation participative",
        promotion="",
        needs="",
        concept="",
        call_text="<p>Ouvert à tous les agents.</p>",
        call_start=TODAY - datetime.timedelta(days=7),
        selection_start=TODAY + datetime.timedelta(days=30),
        incubation_start=TODAY + datetime.timedelta(days=60),
        results_date=TODAY + datetime.timedelta(days=200),
    )
    english = translate(defi, data.site.en, title="Ideas challenge: a better welcome for users")
    return defi, english


def test_an_agent_proposes_an_idea_and_confirms_it(page, immediate_tasks):
    defi, _english = open_call()
    page.goto(defi.url)
    expect(page.locator(".fr-stepper__title")).to_contain_text("Appel à idées")
    page.get_by_role("link", name="Proposer une idée").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Proposer une idée")
    page.locator("#id_title").fill("Des courriers relus par des usagers")
    page.locator("#id_problem").fill("Beaucoup d'appels viennent de courriers mal compris.")
    page.locator("#id_idea").fill("Faire relire les modèles de courriers par des usagers.")
    page.locator("#id_author_name").fill("Claire Fontaine")
    page.locator("#id_administration").fill("Service de la relation aux usagers")
    page.locator("#id_email").fill("claire@example.org")
    page.get_by_role("button", name="Envoyer mon idée").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirmez votre adresse")
    (message,) = emails_to("claire@example.org")
    path = re.search(r"https?://[^/\s]+(/fr/[\w/-]+/confirmer/[\w-]+/)", message.body).group(1)
    page.goto(path)
    page.get_by_role("button", name="Confirmer et envoyer mon idée").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Idée transmise")
    assert Idea.objects.get().status == IdeaStatus.RECEIVED


def test_the_call_the_form_and_its_errors_pass_axe_and_the_nu_checker(page, immediate_tasks):
    defi, english = open_call()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    documents, problems = {}, {}
    send = {"fr": "Envoyer mon idée", "en": "Send my idea"}
    for language, call in (("fr", defi), ("en", english)):
        response = page.goto(call.url)
        documents[f"call ({language})"] = response.text()
        problems[f"call ({language})"] = axe_violations(page)
        page.screenshot(path=str(ARTIFACTS / f"idea-call-{language}.png"), full_page=True)
        form = {"fr": "/fr/proposer-une-idee", "en": "/en/propose-an-idea"}[language]
        response = page.goto(f"{form}/{call.pk}/")
        documents[f"form ({language})"] = response.text()
        problems[f"form ({language})"] = axe_violations(page)
        with page.expect_response(lambda r: r.request.method == "POST") as answer:
            page.get_by_role("button", name=send[language]).click()
        assert answer.value.status == 400
        documents[f"form with errors ({language})"] = answer.value.text()
        expect(page.locator("[data-error-summary]")).to_be_visible()
        problems[f"form with errors ({language})"] = axe_violations(page)
        page.screenshot(path=str(ARTIFACTS / f"idea-form-{language}-errors.png"), full_page=True)
    for name, errors in vnu_errors(documents).items():
        problems.setdefault(name, []).extend(errors)
    report = "\n".join(f"{name}: {lines}" for name, lines in problems.items() if lines)
    assert not report, report
    assert not Idea.objects.exists()
