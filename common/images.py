"""A page's picture: the fields every page type shares, and the one way it is rendered.

A page has an optional image with an alternative text, or an explicit "decorative" tick
(then ``alt=""``): a picture without either is refused with a message on the field. The
image and the tick are synchronised to translations by wagtail-localize (foreign key and
boolean), the alternative text is translated with the page (a text field).

Rendering goes through :func:`picture_html` only: Wagtail renditions cropped around the
focal point (``fill-…``), a WebP ``<source>`` with a ``srcset`` and the original format as
the fallback ``<img>``, with its width and height, lazily loaded in cards.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


@dataclass(frozen=True)
class Shape:
    """Where a picture is shown: its ratio, the widths offered, and the layout ``sizes``."""

    width: int
    height: int
    widths: tuple
    sizes: str
    lazy: bool = True
    css_class: str = "fr-responsive-img"

    def spec(self, width, image_format=None):
        height = round(width * self.height / self.width)
        spec = f"fill-{width}x{height}-c80"
        return f"{spec}|format-{image_format}" if image_format else spec


SHAPES = {
    # A card in a grid of three (one column on a phone).
    "card": Shape(
        16,
        9,
        (400, 800),
        "(min-width: 62em) 384px, (min-width: 48em) 50vw, 100vw",
        css_class="fr-responsive-img fr-ratio-16x9",
    ),
    # The header of a page, in the main column (8 of 12 from the medium breakpoint).
    "header": Shape(
        2,
        1,
        (800, 1200),
        "(min-width: 78em) 792px, (min-width: 48em) 66vw, 100vw",
        lazy=False,
    ),
    # A coach's photo beside their name (a square, shown at 96 CSS pixels).
    "portrait": Shape(1, 1, (96, 192), "96px", css_class="site-portrait"),
}

# What a link shared on social networks shows (Open Graph's recommended size).
SHARING_SPEC = "fill-1200x630-c80|format-jpeg"


def alt_text_required():
    return _(
        "Décrivez l'image pour les personnes qui ne la voient pas, ou cochez « Image décorative »."
    )


class DescribedImage:
    """The rule of ``image``, ``image_alt`` and ``image_decorative`` on any model holding them."""

    def clean(self):
        super().clean()
        if self.image_id and not self.image_decorative and not self.image_alt.strip():
            raise ValidationError({"image_alt": alt_text_required()})

    @property
    def picture_alt(self):
        """The ``alt`` the picture gets: empty when decorative."""
        return "" if self.image_decorative else self.image_alt.strip()


class PagePicture(DescribedImage, models.Model):
    """The picture fields of a page type (put it before ``Page`` in the bases)."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Affichée en tête de page, dans les cartes et quand la page est partagée."),
    )
    image_alt = models.CharField(
        _("texte alternatif de l'image"),
        max_length=250,
        blank=True,
        help_text=_("Ce que l'image apporte au lecteur, en une phrase ; traduit avec la page."),
    )
    image_decorative = models.BooleanField(
        _("image décorative"),
        default=False,
        help_text=_(
            "L'image n'apporte pas d'information : elle sera ignorée des lecteurs d'écran."
        ),
    )

    picture_panels = [
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_decorative")],
            heading=_("Image"),
        )
    ]

    class Meta:
        abstract = True


def picture_context(image, shape_name, alt):
    """What ``common/picture.html`` needs to show ``image`` in the named shape."""
    shape = SHAPES[shape_name]
    specs = [shape.spec(width) for width in shape.widths]
    webp_specs = [shape.spec(width, "webp") for width in shape.widths]
    renditions = image.get_renditions(*specs, *webp_specs)

    def srcset(names):
        # A small original gives the same width twice: one candidate per width is allowed.
        candidates = {}
        for name in names:
            candidates.setdefault(renditions[name].width, renditions[name].url)
        return ", ".join(f"{url} {width}w" for width, url in candidates.items())

    fallback = renditions[specs[0]]
    return {
        "fallback": fallback,
        "srcset": srcset(specs),
        "webp_srcset": srcset(webp_specs),
        "sizes": shape.sizes,
        "alt": alt,
        "lazy": shape.lazy,
        "css_class": shape.css_class,
    }


def picture_html(page, shape_name="card"):
    """The ``<picture>`` of a page's image, or an empty string when it has none."""
    image = getattr(page, "image", None)
    if image is None:
        return ""
    alt = getattr(page, "picture_alt", "")
    html = render_to_string("common/picture.html", picture_context(image, shape_name, alt))
    return html.strip()


def sharing_image(page):
    """The rendition shown when the page is shared (Open Graph, Twitter), or None."""
    image = getattr(page, "image", None)
    if image is None:
        return None
    return image.get_rendition(SHARING_SPEC)
