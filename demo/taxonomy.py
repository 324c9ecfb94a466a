"""Themes, regions, event formats and organisations, translated."""

from dataclasses import dataclass

from taxonomy.models import EventFormat, Organisation, Region, Theme

from .data import taxonomy as data


@dataclass
class Taxonomy:
    """The snippets by slug, for the pages that refer to them."""

    themes: dict
    regions: dict
    formats: dict
    organisations: dict


def load_taxonomy(builder):
    themes = {}
    for item in data.THEMES:
        (fr_name, fr_description), (en_name, en_description) = item["fr"], item["en"]
        themes[item["slug"]] = builder.snippet(
            Theme,
            "theme",
            item["slug"],
            {"name": fr_name, "description": fr_description},
            {"name": en_name, "description": en_description},
        )
    regions = {
        slug: builder.snippet(Region, "region", slug, {"name": fr}, {"name": en})
        for slug, fr, en in data.REGIONS
    }
    formats = {
        slug: builder.snippet(EventFormat, "format", slug, {"name": fr}, {"name": en})
        for slug, fr, en in data.FORMATS
    }
    organisations = {
        slug: builder.snippet(
            Organisation,
            "organisation",
            slug,
            {"name": fr},
            {"name": en},
            family=family,
            region=regions.get(region),
            website=website,
        )
        for slug, family, region, fr, en, website in data.ORGANISATIONS
    }
    return Taxonomy(themes=themes, regions=regions, formats=formats, organisations=organisations)
