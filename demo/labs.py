"""The territorial innovation labs, one page each."""

from labs.models import LabPage

from .builder import key, stream
from .data import labs as data
from .pictures import add_missing_pictures, picture_fields


def load_labs(builder, labs_index, regions):
    """{slug: French lab page}."""
    labs = {}
    for item in data.LABS:
        owner = key("page", f"lab:{item['slug']}")
        common = {"region": regions[item["region"]], **picture_fields("lab", item["slug"])}
        fr, en = item["fr"], item["en"]
        labs[item["slug"]] = builder.page(
            labs_index,
            LabPage,
            f"lab:{item['slug']}",
            item["slug"],
            item["slug_en"],
            {
                "title": fr["title"],
                "summary": fr["summary"],
                "body": stream(owner, fr["body"]),
                **common,
            },
            {
                "title": en["title"],
                "summary": en["summary"],
                "body": stream(owner, en["body"]),
                **common,
            },
        )
        add_missing_pictures(builder, [(labs[item["slug"]], "lab", item["slug"], None)])
    return labs
