"""The registration rules, in three modules; ``registrations.services`` is their public face.

``common``: the session lock, availability at write time, invite sequences and the one
promotion write; ``people``: what happens to one registration; ``sessions``: what happens
to a whole session (capacity, waiting list, cancellation, restoration, an editor's changes,
its page withdrawn). Nothing outside this package imports these modules directly.
"""
