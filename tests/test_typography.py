"""French typography on output, and the strings that read wrong in French or English."""

import datetime

import pytest

from common.typography import NARROW_NBSP, NBSP, french
from events.formatting import format_date
from registrations.models import Registration
from tests.factories import make_defi, make_event, register


def test_spaces_apostrophes_quotes_and_first_of_the_month():
    html = french("<p>Remarquables ! L&#x27;équipe : « Travaux » ; le 1 novembre, le 11 mai ?</p>")
    assert html == (
        f"<p>Remarquables{NARROW_NBSP}! L’équipe{NBSP}: «{NBSP}Travaux{NBSP}»{NARROW_NBSP}; "
        f"le 1er{NBSP}novembre, le 11 mai{NARROW_NBSP}?</p>"
    )


def test_tags_attributes_urls_addresses_and_code_stay_as_typed():
    html = (
        '<a href="https://example.fr/?a=b&amp;c" title="Voir : l\'atelier !">'
        "https://example.fr/page?x ou nom@example.fr</a> <code>a : b</code> <pre>c ; d</pre>"
    )
    assert french(html) == html


def test_french_dates_write_the_first_of_the_month_as_an_ordinal():
    assert format_date(datetime.date(2027, 11, 1), "fr") == "lundi 1er novembre 2027"
    assert format_date(datetime.date(2027, 11, 2), "fr") == "mardi 2 novembre 2027"
    assert format_date(datetime.date(2027, 11, 1), "en") == "Monday 1 November 2027"


def test_titles_and_rich_text_get_french_typography_in_french_only(client, site_tree):
    defi = make_defi(
        site_tree.defis,
        title="Remarquables !",
        problem='<p>L\'équipe : « ponts » <a href="https://x.fr/?a=1">voir ici</a></p>',
    )
    html = client.get(defi.url).content.decode()
    assert f"<h1>Remarquables{NARROW_NBSP}!</h1>" in html
    assert (
        f'<p>L’équipe{NBSP}: «{NBSP}ponts{NBSP}» <a href="https://x.fr/?a=1">voir ici</a></p>'
        in html
    )


def test_the_error_summary_has_no_full_stop_before_its_colon(client, site_tree):
    event = make_event(site_tree.programme, title="Atelier")
    session = event.sessions.get()
    for language, expected in [
        ("fr", "gérer mon inscription : Cochez cette case pour vous inscrire."),
        ("en", "manage my registration: Tick this box to register."),
    ]:
        response = client.post(f"/{language}/inscriptions/session/{session.pk}/", {})
        html = response.content.decode()
        assert response.status_code == 400
        assert expected in html
        assert "inscription. :" not in html and "registration :" not in html


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "Personne inscrite : Élodie Martin."), ("en", "Registered person: Élodie Martin.")],
)
def test_the_manage_page_names_the_person_without_elision(client, site_tree, language, expected):
    event = make_event(site_tree.programme, title="Atelier")
    register(event.sessions.get(), 1, first_name="Élodie", last_name="Martin", notify=False)
    token = Registration.objects.get().token
    html = client.get(f"/{language}/inscriptions/gerer/{token}/").content.decode()
    assert expected in html
    assert "au nom de" not in html
