from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from portal.pagecache.privacy import CachedPrivacyMixin
from portal.pagecache.routing import DirectRouteMixin

from .blocks import BaseStreamBlock
from .review import PeerReviewTask  # noqa: F401  (a model, so Django must find it here)


class HomePage(DirectRouteMixin, CachedPrivacyMixin, Page):
    intro = RichTextField(
        _("ingress"), blank=True, features=["bold", "italic", "link"], max_length=600
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("innehåll"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("startsida")
        verbose_name_plural = _("startsidor")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """The municipality's details, shown in every page's frame."""

    municipality_name = models.CharField(_("kommunens namn"), max_length=100, default="Kommunen")
    phone = models.CharField(_("socialtjänstens telefon"), max_length=40, blank=True)
    email = models.EmailField(_("socialtjänstens e-post"), blank=True)
    visiting_address = models.CharField(_("besöksadress"), max_length=200, blank=True)
    socialjour_phone = models.CharField(
        _("socialjourens telefon"),
        max_length=40,
        blank=True,
        help_text=_("Visas i rutan 'Behöver du hjälp nu?' på varje sida."),
    )
    quick_exit_url = models.URLField(
        _("adress för 'Lämna sidan snabbt'"),
        default="https://www.smhi.se/",
        help_text=_("En neutral webbplats som ersätter sidan när någon lämnar snabbt."),
    )

    panels = [
        FieldPanel("municipality_name"),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("visiting_address"),
                FieldPanel("socialjour_phone"),
            ],
            heading=_("Kontakt"),
        ),
        FieldPanel("quick_exit_url"),
    ]

    class Meta:
        verbose_name = _("webbplatsinställningar")
