"""What happens to a proposal, step by step: the one writer of its status.

Each function takes plain arguments (no request), runs in one transaction and queues the
sender's email in it (``emails``), so that a step and its email exist together or not at all.
"""

from django.db import transaction

from common.translations import localized
from events.models import EventPage
from submissions import flow

from . import drafts, emails
from .models import EventProposal, ProposalSession, ProposalStatus


def proposal_facts(proposal, image=None):
    """The event facts of a proposal, as ``drafts.apply`` reads them."""
    return {
        "title": proposal.title,
        "summary": proposal.summary,
        "description": proposal.description,
        "event_format": proposal.event_format,
        "region": proposal.region,
        "organiser": proposal.organiser,
        "themes": list(proposal.themes.all()),
        "mode": proposal.mode,
        "venue_name": proposal.venue_name,
        "venue_address": proposal.venue_address,
        "online_url": proposal.online_url,
        "external_registration_url": proposal.external_registration_url,
        "contact_email": proposal.email if proposal.publish_contact else "",
        "sessions": [
            {"start": s.start, "end": s.end, "time_zone": s.time_zone, "capacity": s.capacity}
            for s in proposal.sessions.all()
        ],
        "image": image,
        "image_alt": proposal.image_alt,
    }


def _write(proposal, data, sessions, image):
    themes = data.pop("themes", [])
    for name, value in data.items():
        setattr(proposal, name, value)
    if image is not None:
        proposal.image = image
    proposal.save()
    proposal.themes.set(themes)
    proposal.sessions.all().delete()
    ProposalSession.objects.bulk_create(
        ProposalSession(proposal=proposal, **session) for session in sessions
    )
    return proposal


def submit(data, sessions, *, language, image=None, notify=True):
    """Store a new proposal, unconfirmed, and send its sender the confirmation link."""
    with transaction.atomic():
        proposal = flow.prepare(EventProposal(language=language))
        _write(proposal, dict(data), sessions, image)
        if notify:
            emails.confirm_address(proposal)
    return proposal


def confirm(token, *, now=None, notify=True):
    """The sender clicked their link: the draft page is made and enters the review."""
    with transaction.atomic():
        proposal = flow.confirm(EventProposal.objects.all(), token, now=now)
        if proposal is None:
            return None
        image = None
        if proposal.image:
            image = drafts.wagtail_image(proposal.image, proposal.image_alt or proposal.title)
        proposal.page = drafts.create_draft(proposal_facts(proposal, image))
        proposal.status = ProposalStatus.IN_REVIEW
        proposal.save(update_fields=["page", "status", "updated_at"])
        if notify:
            emails.received(proposal)
    return proposal


def update(proposal, data, sessions, *, image=None):
    """The sender changed their proposal through the private link, before publication."""
    with transaction.atomic():
        proposal = EventProposal.objects.select_for_update().get(pk=proposal.pk)
        if not proposal.editable:
            return None
        _write(proposal, dict(data), sessions, image)
        wagtail_image = None
        if image is not None:
            wagtail_image = drafts.wagtail_image(
                proposal.image, proposal.image_alt or proposal.title
            )
        if proposal.page is not None:
            drafts.update_draft(proposal.page, proposal_facts(proposal, wagtail_image))
        proposal.status = ProposalStatus.IN_REVIEW
        proposal.save(update_fields=["status", "updated_at"])
    return proposal


def _proposal_of(page):
    return EventProposal.objects.filter(page_id=page.pk).first()


def changes_requested(page, *, message, notify=True):
    proposal = _proposal_of(page)
    if proposal is None:
        return None
    proposal.status = ProposalStatus.CHANGES_REQUESTED
    proposal.editor_message = message
    proposal.save(update_fields=["status", "editor_message", "updated_at"])
    if notify:
        emails.changes_requested(proposal, message)
    return proposal


def declined(page, *, reason, notify=True):
    proposal = _proposal_of(page)
    if proposal is None:
        return None
    proposal.status = ProposalStatus.DECLINED
    proposal.editor_message = reason
    proposal.save(update_fields=["status", "editor_message", "updated_at"])
    if notify:
        emails.declined(proposal, reason)
    return proposal


def published(page, *, notify=True):
    """The page went live through the review: its sender gets the link, once."""
    proposal = _proposal_of(page)
    if proposal is None or proposal.status == ProposalStatus.PUBLISHED:
        return None
    proposal.status = ProposalStatus.PUBLISHED
    proposal.save(update_fields=["status", "updated_at"])
    if notify:
        live = EventPage.objects.live()
        shown = localized([page], proposal.language, live).get(page.pk, page)
        emails.published(proposal, shown)
    return proposal


def purge_unconfirmed(*, now=None, days=None):
    return flow.purge_unconfirmed(EventProposal.objects.all(), now=now, days=days)
