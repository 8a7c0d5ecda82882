"""StreamField blocks shared by every page type. Define a block once, here."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Rubrik"), max_length=120)

    class Meta:
        icon = "title"
        label = _("Rubrik")
        template = "blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    """An image with required alt text; rendered responsively through renditions."""

    image = ImageChooserBlock(label=_("Bild"))
    alt_text = blocks.CharBlock(
        label=_("Alternativtext"),
        max_length=250,
        help_text=_("Beskriv vad bilden visar för den som inte kan se den."),
    )
    caption = blocks.CharBlock(label=_("Bildtext"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Bild")
        template = "blocks/image_block.html"


class CalloutBlock(blocks.StructBlock):
    """A calm highlighted box: 'Bra att veta'."""

    title = blocks.CharBlock(label=_("Rubrik"), max_length=120, default=_("Bra att veta"))
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "help"
        label = _("Faktaruta")
        template = "blocks/callout_block.html"


RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES, icon="pilcrow")
    image = ImageBlock()
    callout = CalloutBlock()
