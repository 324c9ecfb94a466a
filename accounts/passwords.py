"""A password change ends the account's other sessions.

Django already refuses a session whose password hash is stale on its next request; this
also deletes them from the session store and the session list, and writes the history.
It is declared in ``AUTH_PASSWORD_VALIDATORS`` because ``password_changed`` is Django's
hook called after every saved password change, whatever form or command made it.
"""

from . import history, sessions
from .models import EventKind


class EndOtherSessionsOnPasswordChange:
    def validate(self, password, user=None):
        return None

    def password_changed(self, password, user=None):
        if user is None or user.pk is None or user.last_login is None:
            return
        # The session the change was made from gets a new key and the new hash from
        # ``update_session_auth_hash`` right after, so every session stored now is stale.
        ended = sessions.end_sessions(user)
        history.record(EventKind.PASSWORD_CHANGED, user=user, count=ended)

    def get_help_text(self):
        return ""
