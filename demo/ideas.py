"""La Fabrique à Idées, its workshops, its two calls for ideas and their ideas (seed 001).

The place and the défis are pages built like every demo page (``builder.page``: French,
then the wagtail-localize English translation). Their dates follow the coming edition:
the first call is in incubation whatever day the demo is loaded, the second open until the
coming edition starts. Ideas go through the ideas' own rules (``ideas.moderation``: sent,
confirmed, decided by the demo editor), without any email.
"""

import datetime

from defis.models import DefiKind, DefiPage
from home.models import StandardPage
from ideas import moderation
from ideas.models import Idea, IdeaStatus
from labs.models import LabKind, LabPage

from .builder import key, stream
from .data import ideas as data
from .events import ORIGINAL_EDITION_START, load_event
from .pictures import add_missing_pictures, picture_fields


def load_fabrique(builder, labs_index):
    item = data.FABRIQUE
    page_key = f"lab:{item['slug']}"
    owner = key("page", page_key)
    common = {"kind": LabKind.PLACE, **picture_fields("lab", item["slug"], "design")}
    fields = {}
    for language in ("fr", "en"):
        texts = item[language]
        fields[language] = {
            "title": texts["title"],
            "summary": texts["summary"],
            "body": stream(owner, texts["body"]),
            "offer": texts["offer"][1],  # the rich text of a P(...) block
            "methods": texts["methods"][1],
            **common,
        }
    page = builder.page(
        labs_index, LabPage, page_key, item["slug"], item["slug_en"], fields["fr"], fields["en"]
    )
    add_missing_pictures(builder, [(page, "lab", item["slug"], "design")])
    return page


def load_workshops(builder, programme, shift, labs, taxonomy):
    """The events la Fabrique à Idées hosts during the coming edition."""
    return [
        (item, load_event(builder, programme, item, shift, labs, taxonomy))
        for item in data.WORKSHOPS
    ]


def edition_start(shift):
    return ORIGINAL_EDITION_START + shift


def load_calls(builder, defis_index, shift):
    """{slug: French call for ideas page}."""
    start = edition_start(shift)
    calls = {}
    for item in data.CALLS:
        page_key = f"defi:{item['slug']}"
        call, selection, incubation, results = (
            start + datetime.timedelta(weeks=weeks) for weeks in item["weeks"]
        )
        common = {
            "kind": DefiKind.IDEAS,
            "call_start": call,
            "selection_start": selection,
            "incubation_start": incubation,
            "results_date": results,
            **picture_fields("defi", item["slug"], item["theme"]),
        }
        fields = {}
        for language in ("fr", "en"):
            texts = item[language]
            fields[language] = {
                "title": texts["title"],
                "summary": texts["summary"],
                "programme": data.PROGRAMME[language],
                "promotion": texts["promotion"],
                "host_name": data.HOST[language],
                "call_text": texts["call_text"][1],
                "problem": texts["problem"][1],
                **common,
            }
        calls[item["slug"]] = builder.page(
            defis_index,
            DefiPage,
            page_key,
            item["slug"],
            item["slug_en"],
            fields["fr"],
            fields["en"],
        )
        add_missing_pictures(builder, [(calls[item["slug"]], "defi", item["slug"], item["theme"])])
    return calls


def load_story(builder, home):
    return builder.text_page(
        home, StandardPage, data.STORY["key"], data.STORY, ("title", "introduction"), body=True
    )


def load_ideas(calls, story, editor):
    """The ideas, sent, confirmed and decided through ``ideas.moderation``; how many made."""
    made = 0
    for call_slug, status, publish_name, texts, english in data.IDEAS:
        defi = calls[call_slug]
        if Idea.objects.filter(defi=defi, title=texts["title"]).exists():
            continue
        idea = moderation.submit(
            defi, {**texts, "publish_name": publish_name}, language="fr", notify=False
        )
        moderation.confirm(idea.confirm_token, notify=False)
        if status != IdeaStatus.RECEIVED:
            english_title, english_summary = english or ("", "")
            moderation.decide(
                idea.pk,
                status=status,
                user=editor,
                notify=False,
                english_title=english_title,
                english_summary=english_summary,
                story=story if status == IdeaStatus.INCUBATED else None,
            )
        made += 1
    return made
