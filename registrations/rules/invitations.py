"""The invitation link of a session on invitation only: made once, renewed by staff.

The token is the only secret of the link (``/inscriptions/session/<id>/?invitation=…``); it
lives in its own row (``InvitationLink``) so that no page revision carries an old one back.
Renewing it locks the session like every rule, so a registration decided at that moment
reads either the old token or the new one, never half of each; the history records who
renewed it, never the token.
"""

from django.db import transaction

from .. import history
from ..models import InvitationLink, new_token
from .common import lock_session, pk_of


def invitation_token(session) -> str:
    """The session's invitation token, made on first use (no lock: a new row is unique)."""
    link, _created = InvitationLink.objects.get_or_create(session_id=pk_of(session))
    return link.token


def renew_invitation(session, *, by=None) -> str:
    """A new token for ``session``: the old link stops working at once."""
    with transaction.atomic(durable=True):
        session = lock_session(session)
        token = new_token()
        InvitationLink.objects.update_or_create(session=session, defaults={"token": token})
        history.record(session, "invitation_renewed", user=by)
        return token
