"""Page pictures: alternative text or a decorative tick, renditions, cards, translations."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail_localize.models import StringTranslation, TranslationSource

from common.grid import balanced_columns
from home.models import HomeFeaturedPage
from tests.factories import (
    make_defi,
    make_event,
    make_lab,
    make_region,
    make_standard_page,
    translate,
)


@pytest.fixture
def picture(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    file = get_test_image_file("atelier.png", size=(1800, 1200))
    return Image.objects.create(title="Atelier", file=file)


def pictured(picture, alt="Des agents autour d'une table"):
    return {"image": picture, "image_alt": alt}


def page_of_each_type(tree, picture):
    """One page of each type with the same picture and alternative text."""
    fields = pictured(picture)
    tree.home.image, tree.home.image_alt = picture, fields["image_alt"]
    tree.home.save_revision().publish()
    return {
        "home": tree.home,
        "standard": make_standard_page(tree.home, title="À propos", **fields),
        "lab": make_lab(tree.labs, title="Lab Bretagne", region=make_region(), **fields),
        "defi": make_defi(tree.defis, title="Défi données", **fields),
        "event": make_event(tree.programme, title="Atelier données", **fields),
    }


def pictures_in(html):
    return re.findall(r"<picture>.*?</picture>", html, re.S)


def test_a_picture_without_alternative_text_or_decorative_tick_is_refused(site_tree, picture):
    lab = make_lab(site_tree.labs, title="Lab")
    lab.image = picture
    with pytest.raises(ValidationError) as refused:
        lab.full_clean()
    message = refused.value.message_dict["image_alt"][0]
    assert "ou cochez « Image décorative »" in message
    with translation.override("en"):
        assert "or tick" in str(refused.value.error_dict["image_alt"][0].message)
    lab.image_decorative = True
    lab.full_clean()
    lab.image_decorative, lab.image_alt = False, "La façade du laboratoire"
    lab.full_clean()


def test_the_editor_sees_the_refusal_on_the_alternative_text_field(site_tree, picture, client):
    from django.contrib.auth.models import User

    from tests.editor_support import form_fields, post_data

    client.force_login(User.objects.create_superuser("camille", "camille@example.org", "pw"))
    lab = make_lab(site_tree.labs, title="Lab")
    fields = form_fields(client.get(f"/admin/pages/{lab.pk}/edit/").content.decode())
    assert "image_alt" in fields
    changes = {"image": str(picture.pk), "action-publish": "action-publish"}
    response = client.post(f"/admin/pages/{lab.pk}/edit/", post_data(fields, changes))
    assert response.status_code == 200
    assert response.context["form"].errors["image_alt"] == [
        "Décrivez l'image pour les personnes qui ne la voient pas, ou cochez « Image décorative »."
    ]
    changes["image_decorative"] = "on"
    response = client.post(f"/admin/pages/{lab.pk}/edit/", post_data(fields, changes))
    assert response.status_code == 302
    lab.refresh_from_db()
    assert lab.image_id == picture.pk and lab.image_decorative and lab.live


@pytest.mark.parametrize("kind", ["home", "standard", "lab", "defi", "event"])
def test_every_page_type_shows_its_picture_in_its_header(site_tree, picture, client, kind):
    page = page_of_each_type(site_tree, picture)[kind]
    html = client.get(page.url).content.decode()
    shown = pictures_in(html)[0]  # the header's; the home page also has cards below
    assert '<source type="image/webp" srcset="' in shown
    webp = re.search(r'<source type="image/webp" srcset="([^"]+)"', shown).group(1)
    assert all(".webp " in item for item in webp.split(", "))
    assert len(webp.split(", ")) >= 2
    assert re.search(r'<img [^>]*srcset="[^"]+ \d+w, [^"]+ \d+w"', shown)
    assert 'alt="Des agents autour d&#x27;une table"' in shown
    assert re.search(r'width="\d+" height="\d+"', shown)
    assert 'loading="lazy"' not in shown  # the header is what the visitor sees first


def test_cards_show_pictures_lazily_with_an_empty_alt_when_decorative(site_tree, picture, client):
    make_event(site_tree.programme, title="Webinaire", image=picture, image_decorative=True)
    make_lab(site_tree.labs, title="Lab", region=make_region(), image=picture, image_alt="Façade")
    make_defi(site_tree.defis, title="Défi", image=picture, image_decorative=True)
    for index, alt in (
        (site_tree.programme, ""),
        (site_tree.labs, "Façade"),
        (site_tree.defis, ""),
    ):
        html = client.get(index.url).content.decode()
        (card,) = pictures_in(html)
        assert 'class="fr-card__img"><picture>' in html
        assert 'loading="lazy"' in card and f'alt="{alt}"' in card
        assert "fr-ratio-16x9" in card


def test_a_page_without_picture_shows_no_empty_frame(site_tree, client):
    event = make_event(site_tree.programme, title="Sans image")
    for url in (event.url, site_tree.programme.url):
        html = client.get(url).content.decode()
        assert "<picture>" not in html and "fr-card__img" not in html


def test_a_small_original_gives_one_candidate_per_width(site_tree, picture, client):
    small = Image.objects.create(title="Petit", file=get_test_image_file("petit.png"))  # 640 px
    event = make_event(site_tree.programme, title="Atelier", image=small, image_decorative=True)
    header = pictures_in(client.get(event.url).content.decode())[0]
    for srcset in re.findall(r'srcset="([^"]+)"', header):
        widths = [item.rsplit(" ", 1)[1] for item in srcset.split(", ")]
        assert len(widths) == len(set(widths))


def test_renditions_are_cropped_around_the_focal_point(site_tree, picture, client):
    picture.focal_point_x, picture.focal_point_y = 600, 400
    picture.focal_point_width = picture.focal_point_height = 40
    picture.save()
    event = make_event(site_tree.programme, title="Atelier", **pictured(picture))
    client.get(event.url)
    renditions = list(picture.renditions.all())
    assert renditions and all(r.focal_point_key for r in renditions)
    assert {r.file.name.rsplit(".", 1)[-1] for r in renditions} >= {"webp", "png"}


@pytest.mark.parametrize("kind", ["home", "standard", "lab", "defi", "event"])
def test_translation_keeps_the_picture_and_translates_its_alternative_text(
    site_tree, picture, client, kind
):
    page = page_of_each_type(site_tree, picture)[kind]
    english = translate(page, site_tree.en)
    assert english.image_id == picture.pk
    source = TranslationSource.objects.get_for_instance(page)
    (segment,) = source.stringsegment_set.filter(context__path="image_alt")
    assert segment.string.data == "Des agents autour d'une table"
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=site_tree.en,
        context=segment.context,
        data="Civil servants around a table",
    )
    source.get_translated_instance(site_tree.en)
    for target in source.translations.all():
        target.save_target(publish=True)
    english.refresh_from_db()
    assert english.image_id == picture.pk and english.image_alt == "Civil servants around a table"
    (shown,) = pictures_in(client.get(english.url).content.decode())
    assert 'alt="Civil servants around a table"' in shown


@pytest.mark.parametrize(
    "count, large_rows",
    [(1, [1]), (2, [2]), (3, [3]), (4, [2, 2]), (5, [3, 2]), (6, [3, 3]), (7, [3, 2, 2])],
)
def test_a_card_grid_never_ends_on_a_lone_card(count, large_rows):
    columns = balanced_columns(count)
    assert len(columns) == count
    widths = [12 if c == "fr-col-12" else int(c.rsplit("lg-", 1)[1]) for c in columns]
    rows, filled = [], 0
    for width in widths:
        if filled == 0:
            rows.append(0)
        rows[-1] += 1
        filled = (filled + width) % 12
    assert rows == large_rows
    medium_last = columns[-1]
    assert ("fr-col-md-12" in medium_last) == (count % 2 == 1 and count > 1)


def test_home_featured_grid_of_four_is_two_rows_of_two(site_tree, picture, client):
    for i in range(4):
        lab = make_lab(site_tree.labs, title=f"Lab {i}", image=picture, image_decorative=True)
        site_tree.home.featured_pages.add(HomeFeaturedPage(page=lab))
    site_tree.home.save_revision().publish()
    html = client.get(site_tree.home.url).content.decode()
    section = html[html.index('id="a-la-une"') :]
    items = re.findall(r'<li class="(fr-col[^"]*)">', section)[:4]
    assert items == ["fr-col-12 fr-col-md-6 fr-col-lg-6"] * 4
    assert section.count('class="fr-card__img"><picture>') == 4
