"""The phases of a call for ideas ("défi d'idées"), from its dates and today's date.

Plain code, no request: a défi page and the idea form both ask ``phases(defi, today)``
which phase is current, and ``is_open`` whether the form may take an idea.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# (key, name of the phase, field holding the day it starts)
PHASES = [
    ("call", _("Appel à idées"), "call_start"),
    ("selection", _("Sélection"), "selection_start"),
    ("incubation", _("Incubation"), "incubation_start"),
    ("results", _("Résultats"), "results_date"),
]


@dataclass(frozen=True)
class Phase:
    key: str
    name: str
    start: object  # a date, or None when the défi does not give it
    end: object  # the day before the next phase starts, or None
    state: str  # "past", "current" or "coming"


@dataclass(frozen=True)
class Schedule:
    phases: list
    current: Phase | None  # None before the call opens (or without any date)
    number: int  # the current phase's number, from 1; 0 before the call opens

    @property
    def next(self):
        if self.number < len(self.phases):
            return self.phases[self.number]
        return None

    @property
    def is_open(self):
        return self.current is not None and self.current.key == "call"


def phases(defi, today=None):
    """The schedule of ``defi``'s call for ideas on ``today`` (the local date by default)."""
    today = today or timezone.localdate()
    starts = [getattr(defi, field) for _key, _name, field in PHASES]
    current_index = -1
    for index, start in enumerate(starts):
        if start is not None and start <= today:
            current_index = index
    items = []
    for index, (key, name, _field) in enumerate(PHASES):
        following = next((s for s in starts[index + 1 :] if s is not None), None)
        end = following - datetime.timedelta(days=1) if following else None
        if index < current_index:
            state = "past"
        elif index == current_index:
            state = "current"
        else:
            state = "coming"
        items.append(Phase(key, name, starts[index], end if key != "results" else None, state))
    current = items[current_index] if current_index >= 0 else None
    return Schedule(items, current, current_index + 1)


def is_open(defi, today=None):
    """May the call for ideas ``defi`` take an idea today?"""
    return getattr(defi, "kind", None) == "ideas" and phases(defi, today).is_open
