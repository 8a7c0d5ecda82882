"""Demo content of the children's information pages. Idempotent: creates only what is missing.

The texts live in demo_content.py; the illustrations in demo_images/ (drawn once with Pillow),
their alt text for each band in demo_pictures.py.
"""

import re
from pathlib import Path

from django.core.files.images import ImageFile
from django.utils.html import escape
from wagtail.images import get_image_model

from home.age_bands import AgeBand
from home.demo import get_home_page
from home.models import SiteSettings

from .bands import field_suffix
from .demo_content import (
    GLOSSARY,
    GLOSSARY_PAGE,
    INDEX,
    RELATED,
    SITUATIONS,
    SYNONYMS,
    TOPICS,
)
from .demo_pictures import IMAGES, SITUATION_IMAGES
from .models import (
    ChildInfoIndexPage,
    ChildInfoPage,
    GlossaryPage,
    GlossaryTerm,
    RelatedTopic,
    SearchSynonym,
    Situation,
)

IMAGE_DIR = Path(__file__).parent / "demo_images"


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


LINK = re.compile(r"\[([^\]]+)\]\((https://[^)\s]+)\)")
LIST_MARKS = {"- ": "ul", "1. ": "ol"}


def inline(text):
    """Escaped text; ``[words](https://…)`` becomes a link."""
    return LINK.sub(r'<a href="\2">\1</a>', escape(text))


def stream_blocks(lines):
    """Turn the demo mini-markup into StreamField data (see demo_content.py)."""
    blocks = []
    html = []
    items = []
    list_tag = None

    def flush():
        if html:
            blocks.append({"type": "paragraph", "value": "".join(html)})
            html.clear()

    def flush_list():
        if items:
            html.append(f"<{list_tag}>" + "".join(f"<li>{inline(i)}</li>" for i in items))
            html.append(f"</{list_tag}>")
            items.clear()

    for line in lines:
        mark = next((m for m in LIST_MARKS if line.startswith(m)), None)
        if mark and (not items or LIST_MARKS[mark] == list_tag):
            list_tag = LIST_MARKS[mark]
            items.append(line[len(mark) :])
            continue
        flush_list()
        if mark:
            list_tag = LIST_MARKS[mark]
            items.append(line[len(mark) :])
        elif line.startswith("## "):
            flush()
            blocks.append({"type": "heading", "value": {"text": line[3:]}})
        elif line.startswith("! "):
            flush()
            title, text = (part.strip() for part in line[2:].split("|", 1))
            blocks.append(
                {"type": "callout", "value": {"title": title, "text": f"<p>{inline(text)}</p>"}}
            )
        else:
            html.append(f"<p>{inline(line)}</p>")
    flush_list()
    flush()
    return blocks
