"""What a person sends: odd charsets, control characters, invisible characters in an
address, digits nobody types. A translated message and a 4xx, never a 500."""

import pytest
from django.contrib.auth.models import User
from django.test import Client

from common.fields import AsciiIntegerField
from common.text import normalise_email
from events.models import EventSession
from registrations.models import Registration
from tests.registration_support import (
    immediate_tasks,  # noqa: F401
    workshop,
)
from tests.test_registration_views import form_data, register_url

pytestmark = pytest.mark.usefixtures("immediate_tasks")

CHARSETS = ["iso-8859-1", "utf-16", "windows-1252", "no-such-charset"]


def strict_client():
    """A browser as the production stack meets it: CSRF checked, exceptions rendered."""
    return Client(enforce_csrf_checks=True, raise_request_exception=False)


@pytest.mark.parametrize("charset", CHARSETS)
@pytest.mark.parametrize("kind", ["application/x-www-form-urlencoded", "multipart/form-data"])
def test_a_form_body_in_another_charset_gets_the_sites_400_page(site_tree, charset, kind):
    _event, session = workshop(site_tree)
    client = strict_client()
    client.get(register_url(session))
    body = "session-1-first_name=Andrée&session-1-email=a@example.org".encode("utf-16")
    content_type = f"{kind}; charset={charset}" + ("; boundary=x" if "multipart" in kind else "")
    for path in (register_url(session), "/fr/nulle-part/", "/admin/login/"):
        response = client.generic("POST", path, data=body, content_type=content_type)
        assert response.status_code == 400, path
        html = response.content.decode()
        assert "Requête incorrecte" in html and "Rien n&#x27;a été enregistré" in html
    assert not Registration.objects.exists()


def test_the_400_page_speaks_english_on_the_english_site(site_tree):
    _event, session = workshop(site_tree)
    response = strict_client().generic(
        "POST",
        register_url(session, "en"),
        data=b"a=b",
        content_type="application/x-www-form-urlencoded; charset=utf-16",
    )
    assert response.status_code == 400
    assert "Bad request" in response.content.decode()


def test_a_utf8_form_body_with_an_explicit_charset_is_read_as_usual(client, site_tree):
    _event, session = workshop(site_tree)
    from urllib.parse import urlencode

    response = client.generic(
        "POST",
        register_url(session),
        data=urlencode(form_data(session, first_name="Andrée")).encode(),
        content_type="application/x-www-form-urlencoded; charset=UTF-8",
    )
    assert response.status_code == 303
    assert Registration.objects.get().first_name == "Andrée"


@pytest.mark.parametrize(
    "query",
    ["q=%00", "q=a%00b&page=%00", "q=" + "x" * 50_000, "page=abc&page=2&page=-1", "theme=%01%7f"],
)
def test_control_characters_and_huge_values_in_a_query_never_break_a_page(site_tree, query):
    workshop(site_tree)
    client = strict_client()
    for path in ("/fr/programme/", "/fr/recherche/", "/fr/calendrier/programme.ics", "/en/"):
        assert client.get(f"{path}?{query}").status_code < 500, path


def test_a_nul_in_a_search_is_dropped_and_the_search_still_runs(client, site_tree):
    workshop(site_tree, title="Atelier design")
    html = client.get("/fr/programme/?q=des%00ign").content.decode()
    assert "Atelier design" in html


def test_a_path_with_a_control_character_is_not_found(client, site_tree):
    assert strict_client().get("/fr/programme%00/").status_code == 404


@pytest.mark.parametrize(
    "address",
    ["camille\u200b@example.org", "camille@exa\u200bmple.org", "\u202ecamille@example.org"],
)
def test_an_address_with_an_invisible_character_is_refused_with_a_message(
    client, site_tree, address
):
    _event, session = workshop(site_tree)
    client.post(register_url(session), form_data(session))
    response = client.post(register_url(session), form_data(session, email=address))
    assert response.status_code == 400
    assert "caractère invisible" in response.content.decode()
    assert Registration.objects.filter(session=session).count() == 1


def test_a_full_width_address_is_the_same_mailbox(client, site_tree):
    _event, session = workshop(site_tree)
    client.post(register_url(session), form_data(session))
    client.post(register_url(session), form_data(session, email="ＣＡＭＩＬＬＥ@example.org"))
    assert list(Registration.objects.values_list("email", flat=True)) == ["camille@example.org"]


def test_normalise_email_is_nfkc_lower_case_without_format_characters():
    assert normalise_email(" Ｃamille\u200d@Example.ORG ") == "camille@example.org"


@pytest.mark.parametrize("typed", ["٣", "３", "1٣", "²", "12.0"])
def test_integer_fields_refuse_digits_nobody_types(typed):
    field = AsciiIntegerField()
    with pytest.raises(Exception, match="en chiffres|nombre entier"):
        field.clean(typed)
    assert field.clean(" 12 ") == 12


def test_the_staff_capacity_refuses_arabic_digits(client, site_tree):
    _event, session = workshop(site_tree, capacity=2)
    client.force_login(User.objects.create_superuser("marion", "m@example.org", "pw"))
    response = client.post(f"/admin/inscriptions/session/{session.pk}/capacite/", {"capacity": "٣"})
    assert response.status_code == 400
    assert "en chiffres" in response.content.decode()
    assert EventSession.objects.get(pk=session.pk).capacity == 2


def test_the_page_editor_session_capacity_refuses_them_too():
    from events.models import EventPage

    form_class = EventPage.get_edit_handler().get_form_class()
    field = form_class.formsets["sessions"].form.base_fields["capacity"]
    assert isinstance(field, AsciiIntegerField)
    with pytest.raises(Exception, match="en chiffres"):
        field.clean("١٠")
