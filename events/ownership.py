"""Who writes which session field: the page editor, or the registration rules.

Sessions are edited inside their event page, so every page action (publishing a draft or an
older revision, scheduled publishing, a workflow approval, a copy, a translation sync)
writes the session rows it carries. From its first registration on, a session's seats
belong to the registration rules (``registrations.services``): its capacity, waiting-list
switch and cancelled state (``RULE_OWNED_FIELDS``) are taken from the database, never from
a revision, and a session with registrations cannot be left out by a revision. Before
anyone registers, the editor owns every field.

``keep_rule_owned`` applies this to a page built from a revision (``with_content_json``,
for the editor's form and previews) and to a page about to write its sessions
(``EventPage.save``, under the session locks, so that no rule decides in between).

When its page is deleted, a session with registrations outlives it (``detach_sessions``):
it keeps a snapshot of what the staff screens, the exports and the emails need, and the
people registered stay on record. Sessions that nobody registered for go with the page.
"""

from dataclasses import dataclass

from django.apps import apps
from django.db.models import Count, Q

from .availability import RegistrationStatus

RULE_OWNED_FIELDS = ("capacity", "waitlist_enabled", "is_cancelled")


def _session_model():
    return apps.get_model("events", "EventSession")


@dataclass(frozen=True)
class Registered:
    """How many people a session has on record, by status."""

    confirmed: int = 0
    waiting: int = 0
    total: int = 0

    @property
    def active(self):
        """People with a seat or a place in the queue: those a cancellation must tell."""
        return self.confirmed + self.waiting

    @property
    def cancelled(self):
        return self.total - self.active


def registered_counts(sessions) -> dict[int, Registered]:
    """Map session id to ``Registered`` for the sessions with registrations, in one query.

    ``sessions`` is a queryset of sessions or an iterable of session ids.
    """
    queryset = (
        sessions
        if hasattr(sessions, "filter")
        else _session_model().objects.filter(pk__in=list(sessions))
    )
    rows = (
        queryset.order_by()
        .annotate(
            n_total=Count("registrations"),
            n_confirmed=Count(
                "registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED)
            ),
            n_waiting=Count(
                "registrations", filter=Q(registrations__status=RegistrationStatus.WAITLISTED)
            ),
        )
        .filter(n_total__gt=0)
        .values_list("pk", "n_confirmed", "n_waiting", "n_total")
    )
    return {pk: Registered(confirmed, waiting, total) for pk, confirmed, waiting, total in rows}


def writes_sessions(page, update_fields) -> bool:
    """Whether saving ``page`` now writes session rows (modelcluster commits the relation)."""
    changed = "sessions" in getattr(page, "_cluster_related_objects", {})
    return bool(page.pk) and changed and (update_fields is None or "sessions" in update_fields)


def keep_rule_owned(page, target, *, lock=False):
    """Make the sessions of ``target`` (``page`` as a revision or a form built it) carry the
    database's seats for every session with registrations, and every such session.

    ``lock`` takes the session locks first (inside the caller's transaction), as the
    registration rules do, so that the page writes what the rules last decided.
    """
    Session = _session_model()
    stored = Session.objects.filter(event_id=page.pk).order_by("pk")
    if lock:
        stored = stored.select_for_update()
    stored = {session.pk: session for session in stored}
    if not stored and not target.sessions.all():
        return
    counts = registered_counts(list(stored)) if stored else {}
    sessions = list(target.sessions.all())
    carried = {session.pk for session in sessions if session.pk}
    for session in sessions:
        if session.pk in counts:
            for name in RULE_OWNED_FIELDS:
                setattr(session, name, getattr(stored[session.pk], name))
    unknown = carried - set(stored)
    if unknown:
        # Another page's session (an alias is built from its original's content): never
        # written over. A session this page had and deleted comes back as Wagtail does it.
        elsewhere = set(Session.objects.filter(pk__in=unknown).values_list("pk", flat=True))
        sessions = [session for session in sessions if session.pk not in elsewhere]
    sessions += [stored[pk] for pk in counts if pk not in carried]
    target.sessions = sessions


def page_snapshot(page) -> dict:
    """What staff screens and emails say about a deleted event page, in each language."""
    translations = (
        type(page)
        .objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .select_related("organiser", "locale")
    )
    versions = [page, *translations]
    by_language = {version.locale.language_code: version for version in versions}

    def texts(read):
        return {language: read(version) for language, version in by_language.items()}

    return {
        "page_id": page.pk,
        "language": page.locale.language_code,
        "title": texts(lambda version: version.title),
        "summary": texts(lambda version: version.summary),
        "venue_name": texts(lambda version: version.venue_name),
        "venue_address": texts(lambda version: version.venue_address),
        "organiser_name": texts(
            lambda version: version.organiser.name if version.organiser else ""
        ),
        "mode": page.mode,
        "online_url": page.online_url,
        "contact_email": page.contact_email,
    }


def snapshot_title(snapshot, language=None) -> str:
    titles = snapshot.get("title", {})
    return titles.get(language or snapshot.get("language"), "") or next(iter(titles.values()), "")


def detach_sessions(page, now) -> int:
    """Before ``page`` is deleted: its sessions with registrations keep a snapshot of it and
    outlive it (the deletion sets their page to null); the others are deleted with it.

    Returns how many sessions outlive the page.
    """
    Session = _session_model()
    sessions = Session.objects.filter(event_id=page.pk)
    kept = list(registered_counts(sessions))
    sessions.exclude(pk__in=kept).delete()
    if kept:
        organiser, lab = page.organiser, page.host_lab
        Session.objects.filter(pk__in=kept).update(
            event_snapshot=page_snapshot(page),
            event_organiser_key=organiser.translation_key if organiser else None,
            event_host_lab_key=lab.translation_key if lab else None,
            event_deleted_at=now,
        )
    return len(kept)
