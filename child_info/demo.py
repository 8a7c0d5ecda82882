"""Demo content of the children's information pages. Idempotent: creates only what is missing.

The texts live in demo_content.py; the illustrations in demo_images/ (drawn once with Pillow).
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
from .demo_content import GLOSSARY, GLOSSARY_PAGE, IMAGES, INDEX, SITUATIONS, TOPICS
from .models import ChildInfoIndexPage, ChildInfoPage, GlossaryPage, GlossaryTerm, Situation

IMAGE_DIR = Path(__file__).parent / "demo_images"
LINK = re.compile(r"\[([^\]]+)\]\((https://[^)\s]+)\)")


def load(stdout=None):
    images = load_images()
    situations = load_situations()
    load_glossary()
    home = get_home_page()
    index = child_page(home, ChildInfoIndexPage, INDEX)
    child_page(home, GlossaryPage, GLOSSARY_PAGE)
    socialjour = SiteSettings.for_site(home.get_site()).socialjour_phone
    for topic in TOPICS:
        load_topic(index, topic, images, situations, socialjour)


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


def load_situations():
    situations = {}
    for order, (title, text) in enumerate(SITUATIONS):
        situations[title], _ = Situation.objects.get_or_create(
            title=title, defaults={"text": text, "sort_order": order}
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
        if band == AgeBand.YOUNG:
            image = topic["image"]
            value = {"image": images[image].pk, "alt_text": IMAGES[image], "caption": ""}
            blocks.insert(0, {"type": "image", "value": value})
        setattr(page, f"body_{suffix}", blocks)
    index.add_child(instance=page)
    page.situations.set([situations[title] for title in topic["situations"]])
    page.save_revision().publish()


def paragraph_html(line):
    """The line escaped, with "[text](https://...)" made a link."""
    return LINK.sub(r'<a href="\2">\1</a>', escape(line))


def stream_blocks(lines):
    """Turn the demo mini-markup into StreamField data (see demo_content.py)."""
    blocks = []
    html = []

    def flush():
        if html:
            blocks.append({"type": "paragraph", "value": "".join(html)})
            html.clear()

    items = []

    def flush_list():
        if items:
            html.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>")
            items.clear()

    for line in lines:
        if line.startswith("- "):
            items.append(line[2:])
            continue
        flush_list()
        if line.startswith("## "):
            flush()
            blocks.append({"type": "heading", "value": {"text": line[3:]}})
        elif line.startswith("! "):
            flush()
            title, text = (part.strip() for part in line[2:].split("|", 1))
            blocks.append(
                {"type": "callout", "value": {"title": title, "text": f"<p>{escape(text)}</p>"}}
            )
        else:
            html.append(f"<p>{paragraph_html(line)}</p>")
    flush_list()
    flush()
    return blocks
