"""Demo content of the children's information pages. Idempotent: creates only what is missing.

The texts live by subject: topics.py (the pages, their mini-markup and "Läs också"),
situations.py, glossary.py, synonyms.py; the illustrations in images/ (drawn once with
Pillow), their alt text for each band in pictures.py; markup.py turns the texts into blocks.
"""

from pathlib import Path

from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from child_info.bands import field_suffix
from child_info.models import (
    ChildInfoIndexPage,
    ChildInfoPage,
    GlossaryPage,
    GlossaryTerm,
    RelatedTopic,
    SearchSynonym,
    Situation,
)
from home.age_bands import AgeBand
from home.demo import get_home_page
from home.models import SiteSettings

from .glossary import GLOSSARY, GLOSSARY_PAGE
from .markup import stream_blocks
from .pictures import IMAGES
from .situations import SITUATION_IMAGES, SITUATIONS
from .synonyms import SYNONYMS
from .topics import INDEX, RELATED, TOPICS

IMAGE_DIR = Path(__file__).parent / "images"


def load(stdout=None):
    images = load_images()
    situations = load_situations(images)
    load_glossary()
    for words, means in SYNONYMS:
        SearchSynonym.objects.get_or_create(words=words, defaults={"means": means})
    home = get_home_page()
    index = child_page(home, ChildInfoIndexPage, INDEX)
    child_page(home, GlossaryPage, GLOSSARY_PAGE)
    socialjour = SiteSettings.for_site(home.get_site()).socialjour_phone
    for topic in TOPICS:
        load_topic(index, topic, images, situations, socialjour)
    load_related(index)


def load_images():
    Image = get_image_model()
    images = {}
    for name in IMAGES:
        title = f"Illustration: {name}"
        image = Image.objects.filter(title=title).first()
        if image is None:
            with open(IMAGE_DIR / f"{name}.png", "rb") as f:
                image = Image(title=title, file=ImageFile(f, name=f"{name}.png"))
                image.save()
        images[name] = image
    return images


def load_situations(images):
    situations = {}
    for order, (title, text) in enumerate(SITUATIONS):
        image = SITUATION_IMAGES.get(title)
        situations[title], _ = Situation.objects.get_or_create(
            title=title,
            defaults={
                "text": text,
                "sort_order": order,
                "image": images[image] if image else None,
                "image_alt": IMAGES[image][AgeBand.MIDDLE.value] if image else "",
            },
        )
    return situations


def load_glossary():
    for term, forms, explanation, explanation_9_12, explanation_5_8 in GLOSSARY:
        GlossaryTerm.objects.get_or_create(
            term=term,
            defaults={
                "forms": forms,
                "explanation": explanation,
                "explanation_9_12": explanation_9_12,
                "explanation_5_8": explanation_5_8,
            },
        )


def child_page(parent, model, data):
    existing = model.objects.child_of(parent).filter(slug=data["slug"]).first()
    if existing:
        return existing
    page = model(title=data["title"], slug=data["slug"], intro=data["intro"])
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def load_topic(index, topic, images, situations, socialjour=""):
    if ChildInfoPage.objects.child_of(index).filter(slug=topic["slug"]).exists():
        return
    page = ChildInfoPage(title=topic["title"], slug=topic["slug"])
    for band in AgeBand:
        suffix = field_suffix(band)
        setattr(page, f"summary_{suffix}", topic["summary"][band.value])
        lines = [line.replace("{socialjour}", socialjour) for line in topic["body"][band.value]]
        blocks = stream_blocks(lines)
        image = topic["image"]
        alt = IMAGES[image][band.value]
        value = {"image": images[image].pk, "alt_text": alt, "caption": ""}
        blocks.insert(0, {"type": "image", "value": value})
        setattr(page, f"body_{suffix}", blocks)
    index.add_child(instance=page)
    page.situations.set([situations[title] for title in topic["situations"]])
    page.save_revision().publish()


def load_related(index):
    """'Läs också' for each demo topic that has no choice yet (published as a new revision)."""
    pages = {page.slug: page for page in ChildInfoPage.objects.child_of(index)}
    for slug, related in RELATED.items():
        page = pages.get(slug)
        if page is None or RelatedTopic.objects.filter(source=page).exists():
            continue
        page.related_topics = [
            RelatedTopic(page=pages[other], sort_order=n)
            for n, other in enumerate(related)
            if other in pages
        ]
        page.save_revision().publish()
