"""The lab staff's screens in the Wagtail admin, one module per screen.

Thin callers: every change of status goes through ``registrations.services`` and every
lookup through ``registrations.access``.
"""
