"""The défis of the innovation programmes, with their teams."""

import uuid

from defis.models import DefiPage, DefiTeamMember

from .builder import key, stream
from .data import defis as data
from .data.text import rich
from .pictures import add_missing_pictures, picture_fields


def section(parts):
    """A défi section: the booklet's headline in bold, then its paragraphs and lists."""
    headline, *rest = parts
    return rich(f"<b>{headline}</b>", *rest)


def load_defis(builder, defis_index, organisations):
    """{slug: French défi page}."""
    defis = {}
    for item in data.DEFIS:
        page_key = f"defi:{item['slug']}"
        owner = key("page", page_key)
        values = item["values"]
        common = {
            "host_organisation": organisations[item["host"]],
            "is_open_source": values.get("open_source", False),
            "is_open_data": values.get("open_data", False),
            "is_accessible": values.get("accessible", False),
            **picture_fields("defi", item["slug"]),
        }
        fields = {}
        for language, more in (("fr", data.MORE_FR), ("en", data.MORE_EN)):
            texts = item[language]
            members = [
                DefiTeamMember(
                    translation_key=uuid.uuid5(owner, f"member:{index}"),
                    locale=builder.fr,
                    sort_order=index,
                    name=name,
                    role=role if language == "fr" else data.ROLES[role],
                )
                for index, (name, role) in enumerate(item["team"])
            ]
            fields[language] = {
                "title": texts["title"],
                "summary": texts["summary"],
                "host_name": texts["host_name"],
                "programme": data.PROGRAMME[language],
                "promotion": data.PROMOTION[language],
                "problem": section(texts["problem"]),
                "needs": section(texts["needs"]),
                "concept": section(texts["concept"]),
                "body": stream(owner, [("callout", {**more, "link": item["url"]})]),
                "team_members": members,
                **common,
            }
        defis[item["slug"]] = builder.page(
            defis_index,
            DefiPage,
            page_key,
            item["slug"],
            item["slug_en"],
            fields["fr"],
            fields["en"],
        )
        add_missing_pictures(builder, [(defis[item["slug"]], "defi", item["slug"], None)])
    return defis
