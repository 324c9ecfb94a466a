"""Every admin view reachable from the menu, as each demo role in the French admin, and as
the administrator and lab staff in the English one (the editor's views are the
administrator's, less some): listings (with a search and each filter), choosers, create and
edit forms, reports. None may answer with a 5xx.

The crawl starts from Wagtail's menu for the role, then follows the admin links each page
shows (one per URL shape, so that a listing of 40 events costs one edit form, not 40), up to
a budget per role and language.
"""

import re
from html.parser import HTMLParser
from urllib.parse import urlencode, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, RequestFactory
from wagtail.admin.menu import SubmenuMenuItem, admin_menu
from wagtail.users.models import UserProfile

CRAWLS = [("admin", "fr"), ("editeur", "fr"), ("labo", "fr"), ("admin", "en"), ("labo", "en")]
BUDGET = 40  # pages per role and language
# Links that act, sign out or download a heavy file rather than show a view.
SKIP = re.compile(
    r"/(logout|delete|unpublish|revisions/\d+/revert|lock|unlock|copy|move|workflow|"
    r"preview|history/\d+|export|emargement|attestation|usage|convert_alias|"
    r"approve|reject|cancel|annuler|retablir)\b|\.(csv|xlsx|pdf|ics)$|/edit/\d+/\w+/"
)


class Links(HTMLParser):
    """Admin links, and the filter fields of a listing (name -> first value offered)."""

    def __init__(self):
        super().__init__()
        self.links, self.filters, self._select = [], {}, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and (attrs.get("href") or "").startswith("/admin/"):
            self.links.append(attrs["href"])
        elif tag == "select" and attrs.get("name"):
            self._select = attrs["name"]
        elif tag == "option" and self._select and attrs.get("value"):
            self.filters.setdefault(self._select, attrs["value"])
        elif tag == "input" and attrs.get("type") in ("checkbox", "radio") and attrs.get("name"):
            self.filters.setdefault(attrs["name"], attrs.get("value") or "on")

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


def menu_urls(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    urls, items = [], list(admin_menu.menu_items_for_request(request))
    while items:
        item = items.pop()
        if isinstance(item, SubmenuMenuItem):
            items += item.menu.menu_items_for_request(request)
        elif item.url.startswith("/admin/"):
            urls.append(item.url)
    return urls


def shape(url):
    path = urlsplit(url).path
    return re.sub(r"/\d+/", "/N/", path)


def crawl(client, start):
    queue, seen_shapes, visited = list(start), set(), []
    while queue and len(visited) < BUDGET:
        url = queue.pop(0)
        if shape(url) in seen_shapes or SKIP.search(urlsplit(url).path):
            continue
        seen_shapes.add(shape(url))
        response = client.get(url)
        visited.append((url, response.status_code))
        assert response.status_code < 500, url
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        page = Links()
        page.feed(response.content.decode())
        queue += page.links
        path = urlsplit(url).path
        if "q" in page.filters or re.search(r'name="q"', response.content.decode()):
            for query in (
                {"q": "atelier"},
                {"q": "a", **{k: v for k, v in page.filters.items() if k != "q"}},
            ):
                assert client.get(f"{path}?{urlencode(query)}").status_code < 500, (path, query)
        for name, value in page.filters.items():
            if name not in ("q", "csrfmiddlewaretoken"):
                filtered = f"{path}?{urlencode({name: value})}"
                assert client.get(filtered).status_code < 500, filtered
    return visited


@pytest.mark.parametrize("role, language", CRAWLS)
def test_every_admin_view_from_the_menu_answers_for_each_role(demo, db, role, language):
    user = get_user_model().objects.get(username=role)
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(
        preferred_language=language
    )
    client = Client(raise_request_exception=False)
    client.force_login(user)
    start = menu_urls(user) + ["/admin/"]
    start += [
        "/admin/snippets/choose/taxonomy/theme/",
        "/admin/snippets/choose/taxonomy/organisation/?q=a",
        "/admin/choose-page/",
        "/admin/images/chooser/",
        "/admin/documents/chooser/",
    ]
    visited = crawl(client, start)
    assert len(visited) >= 5, visited
