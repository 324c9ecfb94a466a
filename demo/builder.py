"""Get or create a French page or snippet, then its English translation, idempotently.

Every object gets a translation key derived from its slug, so a second run finds what the
first created and only adds what is missing (an English translation, a menu...), never a
duplicate. Existing content is left as editors may have changed it.

English versions are real wagtail-localize translations: the French object is the
``TranslationSource``, each of its strings gets a ``StringTranslation`` with the English text
written in the data files, and ``create_or_update_translation`` builds the English page or
snippet. Editors therefore find every English text in the localize translation editor, and
a later sync of a French page keeps them. The English text for each string is found by
extracting the segments of an unsaved English "twin" built from the same data with the same
block ids and child translation keys, so paths match one to one.
"""

import json
import uuid
from collections import defaultdict

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    SegmentOverride,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

# Translation keys are uuid5(NAMESPACE, "<kind>:<slug>"): stable from one run to the next.
NAMESPACE = uuid.UUID("6f1c0f5e-3c4b-4d56-9a57-6d2a1e3b8c01")


def key(kind, slug):
    return uuid.uuid5(NAMESPACE, f"{kind}:{slug}")


def stream(owner_key, blocks):
    """Raw StreamField data whose block ids are stable and shared by both languages."""
    return [
        {"type": block_type, "value": value, "id": str(uuid.uuid5(owner_key, f"block:{index}"))}
        for index, (block_type, value) in enumerate(blocks)
    ]


class ContentBuilder:
    """Builds French content and its English translations, counting what it made."""

    def __init__(self):
        self.fr = Locale.objects.get_or_create(language_code="fr")[0]
        self.en = Locale.objects.get_or_create(language_code="en")[0]
        self.created = defaultdict(int)
        self.translated = defaultdict(int)

    def translate(self, instance, twin, overrides=None):
        """Create the English translation of ``instance`` through wagtail-localize.

        ``twin`` is an unsaved instance holding the English values; ``overrides`` maps a
        segment path (e.g. "host_lab") to the value the English version uses instead of the
        source's (an English page's id, for example).
        """
        if instance.has_translation(self.en):
            return instance.get_translation(self.en)
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        english = defaultdict(list)
        for segment in extract_segments(twin):
            if isinstance(segment, StringSegmentValue):
                english[segment.path].append(segment.string.data)
        seen = defaultdict(int)
        segments = list(
            source.stringsegment_set.select_related("context", "string").order_by("order")
        )
        done = set(
            StringTranslation.objects.filter(
                locale=self.en, context__in=[segment.context for segment in segments]
            ).values_list("translation_of_id", "context_id")
        )
        for segment in segments:
            path = segment.context.path
            index = seen[path]
            seen[path] += 1
            try:
                text = english[path][index]
            except IndexError:
                raise ValueError(
                    f"No English text for {path!r} of {instance!r}: "
                    "the French and English data must have the same shape."
                ) from None
            if (segment.string_id, segment.context_id) not in done:
                done.add((segment.string_id, segment.context_id))
                StringTranslation(
                    translation_of=segment.string,
                    locale=self.en,
                    context=segment.context,
                    data=text,
                    translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                ).save()
        extra = {path for path, texts in english.items() if len(texts) > seen.get(path, 0)}
        if extra:
            raise ValueError(
                f"English texts without a French original in {instance!r}: {sorted(extra)}"
            )
        for segment in source.overridablesegment_set.select_related("context"):
            if segment.context.path in (overrides or {}):
                SegmentOverride.objects.update_or_create(
                    locale=self.en,
                    context=segment.context,
                    defaults={"data_json": json.dumps(overrides[segment.context.path])},
                )
        Translation.objects.update_or_create(
            source=source, target_locale=self.en, defaults={"enabled": True}
        )
        is_page = isinstance(instance, Page)
        # Pages are saved as a draft and published here rather than on commit, so that the
        # English page is live even inside a test's transaction.
        translation, _created = source.create_or_update_translation(self.en, publish=not is_page)
        if is_page:
            translation.get_latest_revision().publish()
        self.translated[type(instance).__name__] += 1
        return translation

    def resync(self, page):
        """Copy a change of a French page to its English translation (localize's sync)."""
        source = TranslationSource.objects.get_for_instance(page)
        source.update_from_db()
        translation, _created = source.create_or_update_translation(self.en, publish=False)
        translation.get_latest_revision().publish()

    def snippet(self, model, kind, slug, fr, en, **common):
        translation_key = key(kind, slug)
        instance = (
            model.objects.filter(translation_key=translation_key, locale=self.fr).first()
            or model.objects.filter(slug=slug, locale=self.fr).first()
        )
        if instance is None:
            instance = model.objects.create(
                translation_key=translation_key, locale=self.fr, slug=slug, **common, **fr
            )
            self.created[type(instance).__name__] += 1
        self.translate(instance, model(slug=slug, **common, **en))
        return instance

    def page(self, parent, model, page_key, slug, slug_en, fr, en, overrides=None):
        """Get or create a published French page, then make sure it has its English translation.

        ``fr`` and ``en`` are field values (StreamField bodies as raw data with shared block
        ids, child objects with shared translation keys). Returns the French page.
        """
        translation_key = key("page", page_key)
        page = model.objects.filter(translation_key=translation_key, locale=self.fr).first()
        if page is None:
            page = parent.get_children().filter(slug=slug).specific().first()
        if page is None:
            page = model(translation_key=translation_key, locale=self.fr, slug=slug, **fr)
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.created[type(page).__name__] += 1
        self.translate(page, model(slug=slug_en, **en), overrides)
        return page

    def text_page(self, parent, model, page_key, data, names, body=False, **common):
        fr = {name: data["fr"][name] for name in names}
        en = {name: data["en"][name] for name in names}
        if body:
            owner = key("page", page_key)
            fr["body"] = stream(owner, data["fr"]["body"])
            en["body"] = stream(owner, data["en"]["body"])
        return self.page(
            parent,
            model,
            page_key,
            data["slug"],
            data["slug_en"],
            {**fr, **common},
            {**en, **common},
        )
