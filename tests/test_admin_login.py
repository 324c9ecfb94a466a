"""The Wagtail admin's sign-in page, in the editor's language."""

import re

import pytest


def field_label(html, field_id):
    match = re.search(rf'<label[^>]*for="{field_id}"[^>]*>\s*(.*?)<', html, re.S)
    assert match, html
    return match.group(1).strip()


@pytest.mark.parametrize(
    ("language", "username", "password"),
    [("fr", "Nom d’utilisateur", "Mot de passe"), ("en", "Username", "Password")],
)
def test_sign_in_form_labels_both_fields_in_the_admin_language(
    client, db, language, username, password
):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE=language)
    html = response.content.decode()
    assert field_label(html, "id_username") == username
    assert field_label(html, "id_password") == password
