"""The sign-in and account security screens, in French and English: a lab-staff member sets
up the second factor on the way to the registrations, then signs in again with a code.
axe-core and the Nu checker run on every screen, error states included."""

import time

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from tests.browser.test_accessibility import Gate
from tests.signin_support import PASSWORD, current_code, lab_staff

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WORDS = {
    "fr": {
        "locale": "fr-FR",
        "username": "Nom d’utilisateur",
        "password": "Mot de passe",
        "sign_in": "S'identifier",
        "code": "Code",
        "enable": "Activer le deuxième facteur",
        "continue": "J’ai noté mes codes, continuer",
        "verify": "Vérifier",
        "registrations": "Inscriptions aux sessions",
    },
    "en": {
        "locale": "en-GB",
        "username": "Username",
        "password": "Password",
        "sign_in": "Sign in",
        "code": "Code",
        "enable": "Turn on two-factor authentication",
        "continue": "I have written my codes down, continue",
        "verify": "Verify",
        "registrations": "Session registrations",
    },
}


def sign_in(page, words, username):
    page.goto("/admin/login/")
    page.get_by_label(words["username"]).fill(username)
    page.get_by_label(words["password"]).fill(PASSWORD)
    page.get_by_role("button", name=words["sign_in"], exact=True).click()
    page.wait_for_load_state()


def submit_code(page, words, button, code):
    """Send a code; return the HTML the server answered (what the Nu checker reads)."""
    page.get_by_label(words["code"]).fill(code)
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name=button).click()
    return navigation.value.text()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_sign_in_and_account_security_screens_pass_axe_and_the_nu_checker(
    browser, site_server, settings, language
):
    settings.SIGNIN_REQUIRE_SECOND_FACTOR = True
    settings.OIDC_ENABLED = True  # the button on the sign-in page; not followed here
    words = WORDS[language]
    User = get_user_model()
    staff = lab_staff(User, username="dominique")
    staff.is_superuser = True
    staff.save()
    colleague = lab_staff(User, username="camille")
    for user in (staff, colleague):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    context = browser.new_context(
        base_url=site_server.url, locale=words["locale"], viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(15_000)
    try:
        page = context.new_page()
        gate = Gate(page)
        gate.visit(f"sign-in ({language})", "/admin/login/")
        assert page.locator("html").get_attribute("lang") == language

        page.get_by_label(words["username"]).fill("dominique")
        page.get_by_label(words["password"]).fill("pas-le-bon")
        with page.expect_navigation() as refused:
            page.get_by_role("button", name=words["sign_in"], exact=True).click()
        gate.check(f"sign-in refused ({language})", refused.value.text())

        sign_in(page, words, "dominique")
        enrolment = page.goto("/admin/inscriptions/")
        assert "/admin/securite/deuxieme-facteur/" in page.url
        gate.check(f"enrolment ({language})", enrolment.text())
        qr = page.locator("img[src^='data:image/svg+xml']")
        assert qr.evaluate("img => img.naturalWidth") > 0

        html = submit_code(page, words, words["enable"], "000000")
        assert page.get_by_label(words["code"]).get_attribute("aria-invalid") == "true"
        gate.check(f"enrolment, wrong code ({language})", html)

        time.sleep(1.2)  # the wait after a wrong code
        device = staff.totpdevice_set.get()
        html = submit_code(page, words, words["enable"], current_code(device))
        assert page.locator(".recovery-codes li").count() == 10
        gate.check(f"recovery codes ({language})", html)

        page.get_by_role("link", name=words["continue"]).click()
        page.wait_for_load_state()
        assert page.get_by_role("heading", level=1).inner_text() == words["registrations"]

        gate.visit(f"account security ({language})", "/admin/securite/")
        gate.visit(f"accounts ({language})", "/admin/securite/comptes/")
        gate.visit(
            f"reset confirmation ({language})",
            f"/admin/securite/comptes/{colleague.pk}/sessions/",
        )
        gate.visit(f"sign-in history ({language})", "/admin/securite/historique/")

        page.context.clear_cookies()
        sign_in(page, words, "dominique")
        assert "/admin/securite/deuxieme-facteur/verification/" in page.url
        gate.check(f"code at sign-in ({language})", page.request.get(page.url).text())
        html = submit_code(page, words, words["verify"], "123")
        gate.check(f"code at sign-in, wrong code ({language})", html)
        time.sleep(1.2)
        submit_code(page, words, words["verify"], current_code(device, 1))
        assert "/admin/securite/" not in page.url

        report = gate.report()
        assert not report, "\n" + report
    finally:
        context.close()
