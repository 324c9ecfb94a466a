"""Public submissions confirmed by email, moderated in the admin: the generic part.

What every public submission needs, whatever it proposes (an event today, an idea of a
"défi d'idées" tomorrow): an abstract model with the submitter's address and language and
two unguessable tokens (one to confirm the address, one for the private edit link), the
confirmation itself, the purge of submissions left unconfirmed, rate limits per address and
per email, a honeypot field, and the emails to the submitter, stored and sent by the
registrations' mail machinery (``registrations.mail``: queued through django-tasks, kept
until sent). The kind-specific part (fields, what a confirmation creates) lives in its app.
"""
