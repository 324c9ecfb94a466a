"""The home page of each language, the section indexes, the standard pages, the highlights."""

import datetime
from dataclasses import dataclass

from django.core.cache import cache
from wagtail.models import Page, Site
from wagtail_localize.models import Translation, TranslationSource

from defis.models import DefiIndexPage
from events.models import EventIndexPage
from home.models import HomeFeaturedPage, HomePage, StandardPage
from labs.models import LabIndexPage

from .builder import key
from .data import pages as data
from .events import coming_edition_year


@dataclass
class SitePages:
    home: HomePage
    programme: EventIndexPage
    labs_index: LabIndexPage
    defis_index: DefiIndexPage
    by_key: dict  # the pages menus link to, by their key in the data files


def load_home(builder):
    """Our home page, or the one someone else made, translated; the default site's root."""
    root = Page.get_first_root_node()
    home_key = key("page", "home")
    home = HomePage.objects.filter(depth=2, locale=builder.fr).first()
    if home is None or home.translation_key == home_key:
        if home is None:
            # Wagtail's "Welcome" page would hold the slug of the English home.
            for child in root.get_children():
                if child.specific_class is Page:
                    child.delete()
        home = builder.text_page(
            root,
            HomePage,
            "home",
            data.HOME,
            ("title", "hero_title", "introduction"),
            body=True,
        )
    elif not home.has_translation(builder.en):
        # A home page made by someone else: translate it as localize would, French text
        # standing in until an editor translates it, so that our pages can go below it.
        source, _created = TranslationSource.get_or_create_from_instance(home)
        Translation.objects.update_or_create(
            source=source, target_locale=builder.en, defaults={"enabled": True}
        )
        translation, _created = source.create_or_update_translation(
            builder.en, publish=False, fallback=True
        )
        translation.get_latest_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": "Mois de l'innovation publique",
        },
    )
    cache.clear()  # the site root paths are cached; the English home is a new root path
    return home


def load_site(builder, today):
    home = load_home(builder)
    year = coming_edition_year(today)
    programme_data = data.PROGRAMME
    # The period the proposal form accepts sessions in: the coming November.
    period = {
        "edition_start": datetime.date(year, 11, 1),
        "edition_end": datetime.date(year, 11, 30),
    }
    programme = builder.page(
        home,
        EventIndexPage,
        "programme",
        programme_data["slug"],
        programme_data["slug_en"],
        {
            **programme_data["fr"],
            "edition": programme_data["fr"]["edition"].format(year=year),
            **period,
        },
        {
            **programme_data["en"],
            "edition": programme_data["en"]["edition"].format(year=year),
            **period,
        },
    )
    labs_index = builder.text_page(
        home, LabIndexPage, "labs", data.LABS_INDEX, ("title", "introduction")
    )
    defis_index = builder.text_page(
        home, DefiIndexPage, "defis", data.DEFIS_INDEX, ("title", "introduction")
    )
    by_key = {"programme": programme, "labs": labs_index, "defis": defis_index}
    for item in data.STANDARD_PAGES:
        by_key[item["key"]] = builder.text_page(
            home,
            StandardPage,
            item["key"],
            item,
            ("title", "introduction"),
            body=True,
            show_sitemap=item.get("show_sitemap", False),
        )
    return SitePages(
        home=home,
        programme=programme,
        labs_index=labs_index,
        defis_index=defis_index,
        by_key=by_key,
    )


def load_featured_pages(builder, home, pages_by_slug):
    """The labs and défis the home page puts forward, unless an editor already chose some."""
    if home.featured_pages.exists():
        return
    for index, slug in enumerate(data.FEATURED):
        home.featured_pages.add(HomeFeaturedPage(page=pages_by_slug[slug], sort_order=index))
    home.save_revision().publish()
    builder.resync(home)
