from tests.factories import make_event


def test_event_page_is_served_under_french_prefix(client, site_tree):
    event = make_event(site_tree.programme, title="Atelier design de services")
    response = client.get(event.url)
    assert response.status_code == 200
    assert event.url.startswith("/fr/")
    assert "Atelier design de services" in response.content.decode()
    assert event.first_start is not None
