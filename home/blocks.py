"""StreamField blocks shared by every page type."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"))
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "home/blocks/heading.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False)
    text = blocks.TextBlock(label=_("text"))
    link = blocks.URLBlock(label=_("link"), required=False)
    link_label = blocks.CharBlock(label=_("link label"), required=False)

    class Meta:
        icon = "pick"
        template = "home/blocks/callout.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    author = blocks.CharBlock(label=_("author"), required=False)
    role = blocks.CharBlock(label=_("role"), required=False)

    class Meta:
        icon = "openquote"
        template = "home/blocks/quote.html"


class LinkBlock(blocks.StructBlock):
    """A link to a page of the site or to an external address, with its own label."""

    label = blocks.CharBlock(label=_("label"))
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("external address"), required=False)

    class Meta:
        icon = "link"


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("paragraph"),
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h2", "h3"],
        template="home/blocks/paragraph.html",
    )
    image = ImageBlock(label=_("image"), template="home/blocks/image.html")
    callout = CalloutBlock(label=_("callout"))
    quote = QuoteBlock(label=_("quote"))
