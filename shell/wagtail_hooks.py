from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import NavigationMenu


class NavigationMenuViewSet(SnippetViewSet):
    """Header and footer links, edited and translated per language."""

    model = NavigationMenu
    icon = "list-ul"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["__str__", "location", "locale"]
    list_filter = ["location", "locale"]


register_snippet(NavigationMenuViewSet)
