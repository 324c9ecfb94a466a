"""Proposals waiting in the "Validation du programme" workflow, and the sample import file.

The proposals go through the same steps as an organiser's (``proposals.moderation``:
submitted, confirmed, a draft in the workflow), without emails. The sample file is the 2021
programme of ``data.events_2021`` at the coming edition's dates, in the import's columns.
"""

import datetime
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import TaskState

from proposals import moderation, spreadsheet
from proposals.models import EventProposal

from .accounts import EDITOR_USERNAME
from .data import events_2021
from .data.proposals import PROPOSALS
from .events import aware, session_times

SAMPLE_NAME = "import-programme-2021"


def load_proposals(programme, taxonomy, today):
    """The demo proposals not yet there; return how many were made."""
    if programme.edition_start is None:
        year = today.year if today.month < 11 else today.year + 1
        programme.edition_start = datetime.date(year, 11, 1)
        programme.edition_end = datetime.date(year, 11, 30)
        programme.save_revision().publish()
    made = 0
    for item in PROPOSALS:
        if EventProposal.objects.filter(email=item["email"], title=item["title"]).exists():
            continue
        data = {
            "title": item["title"],
            "summary": item["summary"],
            "description": item["description"],
            "event_format": taxonomy.formats[item["format"]],
            "themes": [taxonomy.themes[slug] for slug in item["themes"]],
            "region": taxonomy.regions.get(item.get("region")),
            "organiser": taxonomy.organisations.get(item.get("organiser")),
            "new_organiser": item.get("new_organiser", ""),
            "mode": item["mode"],
            "venue_name": item.get("venue_name", ""),
            "venue_address": item.get("venue_address", ""),
            "online_url": item.get("online_url", ""),
            "external_registration_url": "",
            "contact_name": item["contact_name"],
            "email": item["email"],
            "publish_contact": item.get("publish_contact", False),
            "image_alt": "",
        }
        day = programme.edition_start + datetime.timedelta(days=item["day"])
        sessions = [
            {
                "start": aware(day.isoformat(), start),
                "end": aware(day.isoformat(), end),
                "time_zone": "Europe/Paris",
                "capacity": item.get("capacity", 30),
            }
            for start, end in item["sessions"]
        ]
        proposal = moderation.submit(data, sessions, language=item["language"], notify=False)
        proposal = moderation.confirm(proposal.confirm_token, notify=False)
        if item.get("changes"):
            _ask_for_changes(proposal, item["changes"])
        made += 1
    return made


def _ask_for_changes(proposal, message):
    """The demo editor sent it back to its proposer (through the task, as in the admin)."""
    reviewer = get_user_model().objects.filter(username=EDITOR_USERNAME).first()
    state = TaskState.objects.filter(
        workflow_state__object_id=str(proposal.page_id), status=TaskState.STATUS_IN_PROGRESS
    ).first()
    if reviewer is None or state is None:
        return
    # Without notify: the demo proposer's address is not real.
    state.specific.task.specific.on_action(
        state.specific, reviewer, "reject", comment=message, notify=False
    )


def sample_rows(shift):
    """The 2021 programme as import rows: one per session, at the coming edition's dates."""
    rows = []
    for item in events_2021.EVENTS:
        for spec in item["sessions"]:
            start, end = session_times(spec, shift)
            if start.date() != end.date():
                continue  # several days in one session: the import takes one day per row
            fr = item["fr"]
            rows.append(
                {
                    "identifiant": f"mip-2021-{item['slug']}",
                    "titre": fr["title"],
                    "resume": fr["summary"],
                    "format": item["format"],
                    "thematiques": ";".join(item["themes"]),
                    "region": item.get("region", ""),
                    "organisateur": item["organiser"],
                    "modalite": {"on_site": "sur place", "online": "en ligne", "hybrid": "hybride"}[
                        item.get("mode", "online")
                    ],
                    "lieu": item.get("venue_name", ""),
                    "adresse": item.get("venue_address", ""),
                    "lien_inscription": item.get("external_url", ""),
                    "date": start.date().isoformat(),
                    "debut": f"{start:%H:%M}",
                    "fin": f"{end:%H:%M}",
                    "fuseau": "Europe/Paris",
                    "capacite": str(item.get("seats", (30, 0))[0]),
                }
            )
    return rows


def write_sample_files(shift, folder=None):
    """The sample in CSV and XLSX under MEDIA_ROOT/demo/; return their paths."""
    folder = Path(folder or Path(settings.MEDIA_ROOT) / "demo")
    folder.mkdir(parents=True, exist_ok=True)
    rows = sample_rows(shift)
    xlsx = folder / f"{SAMPLE_NAME}.xlsx"
    xlsx.write_bytes(spreadsheet.template_xlsx(rows))
    csv_path = folder / f"{SAMPLE_NAME}.csv"
    csv_path.write_text(spreadsheet.rows_csv(rows), encoding="utf-8")
    return [csv_path, xlsx]
