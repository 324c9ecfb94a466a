"""Organisers propose their events; the team imports spreadsheets; both feed the programme.

A public proposal (``models.EventProposal``, built on ``submissions``) becomes, once its
sender confirmed their address, a draft event page under the programme, owned by no editor
and submitted to the "Validation du programme" workflow (``ProposalReviewTask``). Editors
approve it (the page is published), ask its sender for changes (the private edit link), or
decline it with a reason; the sender gets an email in their language at each step
(``emails``). A spreadsheet import (``importer``) makes drafts in the same workflow.
"""
