"""StreamField blocks shared by every page type."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("titre"))
    level = blocks.ChoiceBlock(
        label=_("niveau"),
        choices=[("h2", _("Niveau 2")), ("h3", _("Niveau 3")), ("h4", _("Niveau 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "common/blocks/heading.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"), required=False)
    text = blocks.TextBlock(label=_("texte"))
    link = blocks.URLBlock(label=_("lien"), required=False)
    link_label = blocks.CharBlock(label=_("libellé du lien"), required=False)

    class Meta:
        icon = "pick"
        template = "common/blocks/callout.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("citation"))
    author = blocks.CharBlock(label=_("auteur"), required=False)
    role = blocks.CharBlock(label=_("rôle"), required=False)

    class Meta:
        icon = "openquote"
        template = "common/blocks/quote.html"


class LinkBlock(blocks.StructBlock):
    """A link to a page of the site or to an external address, with its own label."""

    label = blocks.CharBlock(label=_("libellé"))
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("adresse externe"), required=False)

    class Meta:
        icon = "link"


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("paragraphe"),
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h2", "h3"],
        template="common/blocks/paragraph.html",
    )
    image = ImageBlock(label=_("image"), template="common/blocks/image.html")
    callout = CalloutBlock(label=_("mise en avant"))
    quote = QuoteBlock(label=_("citation"))
