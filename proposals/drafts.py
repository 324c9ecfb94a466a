"""A proposal turned into a draft event page, in French, and kept in step with it.

The page is created under the French programme, owned by no editor, with its sessions,
taxonomy and image, and submitted to the "Validation du programme" workflow. A sender's
later edit (through the private link) becomes a new revision of the same draft.
"""

import os

from django.core.files import File
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.images import get_image_model
from wagtail.models import Locale, Workflow

from events.models import EventIndexPage, EventPage, EventPageTheme, EventSession

from .models import ProposalReviewTask

DEFAULT_CAPACITY = 30


def programme():
    """The French programme page: proposals and imports land under it."""
    return EventIndexPage.objects.filter(locale__language_code="fr").order_by("path").first()


def review_workflow():
    """The active workflow whose step is a proposal review ("Validation du programme")."""
    tasks = ProposalReviewTask.objects.filter(active=True)
    return (
        Workflow.objects.filter(active=True, workflow_tasks__task__in=tasks).order_by("id").first()
    )


def in_french(item):
    """The French version of a taxonomy snippet (the form shows the visitor's language)."""
    if item is None:
        return None
    french = Locale.objects.filter(language_code="fr").first()
    return item.get_translation_or_none(french) or item


def body_from_text(text):
    """Paragraphs of plain text as StreamField paragraphs (escaped: the sender typed it)."""
    paragraphs = [part.strip() for part in (text or "").replace("\r\n", "\n").split("\n\n")]
    return [
        ("paragraph", "".join(f"<p>{escape(line)}</p>" for line in part.split("\n") if line))
        for part in paragraphs
        if part
    ]


def wagtail_image(upload, title):
    """A Wagtail image made from an uploaded file (its name is already random)."""
    upload.open("rb")
    try:
        image = get_image_model()(title=title[:255])
        image.file.save(os.path.basename(upload.name), File(upload), save=False)
        image.save()
    finally:
        upload.close()
    return image


def sessions_for(facts):
    """EventSession rows from [{start, end, time_zone, capacity}]."""
    return [
        EventSession(
            sort_order=index,
            start=session["start"],
            end=session["end"],
            time_zone=session["time_zone"],
            capacity=session.get("capacity") or DEFAULT_CAPACITY,
        )
        for index, session in enumerate(facts)
    ]


def apply(page, facts):
    """Write the event facts (a dict, see ``proposal_facts``) onto a page or its revision."""
    page.title = facts["title"]
    page.summary = facts["summary"]
    page.body = body_from_text(facts.get("description", ""))
    page.event_format = in_french(facts.get("event_format"))
    page.region = in_french(facts.get("region"))
    page.organiser = in_french(facts.get("organiser"))
    page.mode = facts["mode"]
    page.venue_name = facts.get("venue_name", "")
    page.venue_address = facts.get("venue_address", "")
    page.online_url = facts.get("online_url", "")
    page.external_registration_url = facts.get("external_registration_url", "")
    page.contact_email = facts.get("contact_email", "")
    page.event_themes = [
        EventPageTheme(locale_id=page.locale_id, sort_order=index, theme=in_french(theme))
        for index, theme in enumerate(facts.get("themes", []))
    ]
    page.sessions = sessions_for(facts["sessions"])
    if facts.get("image") is not None:
        page.image = facts["image"]
        page.image_alt = facts.get("image_alt", "")
        page.image_decorative = False
    return page


def create_draft(facts, *, user=None):
    """A new draft event page under the programme, submitted to the review workflow."""
    parent = programme()
    page = EventPage(owner=None, live=False, locale_id=parent.locale_id)
    apply(page, facts)
    page.slug = find_available_slug(parent, slugify(facts["title"])[:70] or "evenement")
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    workflow = review_workflow()
    if workflow is not None:
        workflow.start(page, user)
    return page


def update_draft(page, facts):
    """The sender changed their proposal: a new revision, and the review goes on."""
    draft = page.get_latest_revision_as_object()
    apply(draft, facts)
    draft.save_revision(user=None, log_action=True)
    state = page.current_workflow_state
    if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
        state.resume(user=None)
    elif state is None and (workflow := review_workflow()) is not None:
        workflow.start(page, None)
    return page
