"""Who may register for a session: the one home of the reserved-session rule.

A session may be reserved to the addresses of some email domains (a ministry's agents), to
the people who hold its invitation link (an unguessable token per session), or both. This
is a pure function of the session's two editor fields, the address, the token presented and
the session's current token: the registration rules call it under the session lock, the
pages to say so before anyone fills the form, and staff adding someone by hand may
override it (the rules record the override in the session's history).

Domains match the address's domain exactly or as a parent domain: ``interieur.gouv.fr``
admits ``nom@interieur.gouv.fr`` and ``nom@gendarmerie.interieur.gouv.fr`` (the ministry's
services have their own subdomains), never ``nom@interieur.gouv.fr.example.org`` nor
``nom@faux-interieur.gouv.fr``.
"""

import hmac
import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def parse_domains(text):
    """The domains written in the editor field (commas, spaces or lines), lower-cased,
    without a leading ``@``, once each, in order."""
    domains = []
    for part in re.split(r"[\s,;]+", (text or "").lower()):
        part = part.strip().lstrip("@").rstrip(".")
        if part and part not in domains:
            domains.append(part)
    return domains


def invalid_domains(text):
    return [domain for domain in parse_domains(text) if not DOMAIN_RE.match(domain)]


def domain_matches(email, domains):
    """True when the address's domain is one of ``domains`` or below one of them."""
    _local, at, domain = (email or "").strip().lower().rpartition("@")
    if not at or not domain:
        return False
    return any(domain == allowed or domain.endswith("." + allowed) for allowed in domains)


@dataclass(frozen=True)
class Eligibility:
    allowed: bool
    reason: str = ""  # "domain" or "invitation" when refused
    overridden: bool = False

    def message(self, domains=()):
        """What the person who tried reads (translated in the active language)."""
        if self.reason == "invitation":
            return _(
                "Cette session est réservée aux personnes invitées : utilisez le lien "
                "d'invitation que vous avez reçu."
            )
        if self.reason == "domain":
            return _(
                "Cette session est réservée aux agents dont l'adresse se termine par "
                "%(domains)s : inscrivez-vous avec votre adresse professionnelle."
            ) % {"domains": domain_list(domains)}
        return ""


def eligibility(session, email, token="", current_token="", *, override=False) -> Eligibility:
    """May ``email``, presenting ``token``, register for ``session``?

    ``session`` needs ``reserved_domains`` and ``invitation_only``; ``current_token`` is
    the session's invitation token now (empty if none was made: nobody holds a link).
    """
    refusal = ""
    if session.invitation_only and not (
        current_token and token and hmac.compare_digest(str(token), str(current_token))
    ):
        refusal = "invitation"
    domains = parse_domains(session.reserved_domains)
    if not refusal and domains and not domain_matches(email, domains):
        refusal = "domain"
    if refusal and override:
        return Eligibility(True, refusal, overridden=True)
    return Eligibility(not refusal, refusal)


def domain_list(domains):
    """« @a.fr, @b.fr » as the pages and messages write it."""
    return ", ".join(f"@{domain}" for domain in domains)


def is_reserved(session):
    return bool(session.invitation_only or parse_domains(session.reserved_domains))
