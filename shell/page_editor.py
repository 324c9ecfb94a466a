"""The page editor's add form, without autosave.

Wagtail autosaves an add form half a second after each change, which creates the page
before the editor decides anything. An abandoned "add page" then left a draft holding its
slug, and a quick "Publier" could be sent by the add form after the page already existed,
which refused its own slug. The add form waits for the editor's action; the edit form keeps
autosave (it only writes a draft revision), and the unsaved-changes warning still stops an
editor leaving the add form by mistake.
"""

from wagtail.admin.views.pages.create import CreateView


class CreatePageView(CreateView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["autosave_enabled"] = False
        return context
