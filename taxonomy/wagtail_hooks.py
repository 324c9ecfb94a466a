from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import EventFormat, Organisation, Region, Theme

# No ``search_fields`` here: the listings and choosers search through the models' own
# ``search_fields`` (name, with autocomplete); naming fields here makes the SQLite full-text
# backend query a column its index does not have, a 500 on every search.


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class EventFormatViewSet(SnippetViewSet):
    model = EventFormat
    icon = "list-ul"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "family", "region", "locale"]
    list_filter = ["family", "locale", "region"]
    list_export = ["name", "family", "region", "website"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Classification")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (ThemeViewSet, RegionViewSet, EventFormatViewSet, OrganisationViewSet)


register_snippet(TaxonomyViewSetGroup)
