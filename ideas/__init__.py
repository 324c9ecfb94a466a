"""Ideas sent to a call for ideas ("défi d'idées"), their confirmation and moderation.

An agent proposes an idea on a défi whose call is open (``defis.calls``); the idea counts
once its address is confirmed (``submissions``: the same tokens, limits, honeypot, purge and
emails as the event proposals); editors then select, decline or mark it incubated in the
admin, and the défi page shows the selected and incubated ones, without personal data.
"""
