from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, F, Min, Q, Subquery
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.queryset import FakeQuerySet
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.age_bands import AgeBand
from home.blocks import BaseStreamBlock
from portal.pagecache.privacy import CachedPrivacyMixin, public_q

from .bands import band_for, chosen_band, field_suffix, with_band
from .glossary import TermExplainer, anchor_for, by_letter
from .readability.panel import LixPanel
from .readability.verdict import above_target, band_report, fields_readability
from .search.synonyms import SearchSynonym  # noqa: F401 - a model of this app


class Situation(models.Model):
    """An entry point by the child's situation ('Det är jobbigt hemma'), shown on the home page."""

    title = models.CharField(_("situation"), max_length=80, unique=True)
    text = models.CharField(_("kort text"), max_length=200, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("bild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Visas på startsidan, så att ett barn som inte läser än hittar rätt."),
    )
    image_alt = models.CharField(
        _("alternativtext"),
        max_length=250,
        blank=True,
        help_text=_("Beskriv vad bilden visar för den som inte kan se den."),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("sort_order"),
    ]

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Skriv vad bilden visar.")})

    class Meta:
        ordering = ["sort_order", "title"]
        verbose_name = _("situation")
        verbose_name_plural = _("situationer")

    def __str__(self):
        return self.title


class GlossaryTerm(index.Indexed, models.Model):
    """A hard word with a child-level explanation; a band falls back to the next older band."""

    term = models.CharField(_("ord"), max_length=60, unique=True)
    forms = models.CharField(
        _("andra former"),
        max_length=250,
        blank=True,
        help_text=_(
            "Andra former av ordet i texten, med komma emellan, t.ex. 'placerad, placerat'."
        ),
    )
    explanation = models.TextField(_("förklaring (13–18 år och alla)"), max_length=600)
    explanation_9_12 = models.TextField(
        _("förklaring för 9–12 år"),
        max_length=600,
        blank=True,
        help_text=_("Tom: samma som 13–18."),
    )
    explanation_5_8 = models.TextField(
        _("förklaring för 5–8 år"), max_length=600, blank=True, help_text=_("Tom: samma som 9–12.")
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("forms"),
        FieldPanel("explanation_5_8"),
        FieldPanel("explanation_9_12"),
        FieldPanel("explanation"),
    ]
    search_fields = [index.SearchField("term"), index.AutocompleteField("term")]

    class Meta:
        ordering = ["term"]
        verbose_name = _("ord i ordlistan")
        verbose_name_plural = _("ordlista")

    def __str__(self):
        return self.term

    def explanation_for(self, band) -> str:
        if band == AgeBand.YOUNG and self.explanation_5_8:
            return self.explanation_5_8
        if band in (AgeBand.YOUNG, AgeBand.MIDDLE) and self.explanation_9_12:
            return self.explanation_9_12
        return self.explanation

    @property
    def anchor(self) -> str:
        return f"ord-{anchor_for(self.term)}"

    @property
    def word_forms(self) -> list[str]:
        others = [form.strip() for form in self.forms.split(",")]
        return [self.term, *filter(None, others)]


def band_versions(page, request):
    """Links to each band's version of the page, with the current one marked."""
    chosen = chosen_band(request)
    url = page.get_url(request) or ""
    return [
        {"band": band, "label": band.label, "url": with_band(url, band), "current": band == chosen}
        for band in AgeBand
    ]


class BandContextMixin:
    """Puts the reader's band and the links to the other versions into the context."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["band"] = band_for(request)
        context["band_chosen"] = chosen_band(request) is not None
        context["band_versions"] = band_versions(self, request)
        context["other_versions"] = [
            v for v in context["band_versions"] if v["band"] != context["band"]
        ]
        return context


class ChildInfoIndexPage(BandContextMixin, CachedPrivacyMixin, Page):
    """Groups the information pages ('Om socialtjänsten')."""

    intro = RichTextField(_("ingress"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["child_info.ChildInfoPage", "child_info.GlossaryPage"]

    class Meta:
        verbose_name = _("samlingssida för information till barn")
        verbose_name_plural = _("samlingssidor för information till barn")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        band = context["band"]
        topics = ChildInfoPage.objects.child_of(self).live().filter(public_q()).order_by("path")
        context["topics"] = [(topic, topic.version(band)) for topic in topics]
        return context


def band_tab(band):
    suffix = field_suffix(band)
    return ObjectList(
        [
            FieldPanel(f"summary_{suffix}"),
            FieldPanel(f"body_{suffix}"),
            LixPanel(f"summary_{suffix}", f"body_{suffix}", band=band),
        ],
        heading=band.label,
    )


MAX_RELATED = 4
FALLBACK_RELATED = 3


class ChildInfoPageForm(WagtailAdminPageForm):
    """Refuses a page chosen as its own 'Läs också'."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("related_topics")
        if formset is not None and self.instance.pk and formset.is_valid():
            for form in formset.forms:
                chosen = form.cleaned_data.get("page")
                if chosen is not None and chosen.pk == self.instance.pk:
                    form.add_error("page", _("En sida kan inte tipsa om sig själv."))
        return cleaned


class ChildInfoPage(BandContextMixin, CachedPrivacyMixin, Page):
    """One topic, written three times: for 5–8, 9–12 and 13–18 year olds."""

    situations = ParentalManyToManyField(
        Situation,
        related_name="pages",
        blank=True,
        verbose_name=_("situationer"),
        help_text=_("Under vilka situationer på startsidan sidan ska synas."),
    )
    summary_5_8 = models.TextField(_("kort sammanfattning"), max_length=300, blank=True)
    summary_9_12 = models.TextField(_("kort sammanfattning"), max_length=300, blank=True)
    summary_13_18 = models.TextField(_("kort sammanfattning"), max_length=300, blank=True)
    body_5_8 = StreamField(BaseStreamBlock(), verbose_name=_("text för 5–8 år"))
    body_9_12 = StreamField(BaseStreamBlock(), verbose_name=_("text för 9–12 år"))
    body_13_18 = StreamField(BaseStreamBlock(), verbose_name=_("text för 13–18 år"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("situations", widget=forms.CheckboxSelectMultiple)],
            heading=_("Ingångar på startsidan"),
        ),
        InlinePanel(
            "related_topics",
            max_num=MAX_RELATED,
            heading=_("Läs också"),
            label=_("sida"),
            help_text=_(
                "Två till fyra sidor som ett barn som läser den här sidan behöver sedan. "
                "Väljer du inga visas sidor som har samma situation."
            ),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Sida")),
            *(band_tab(band) for band in AgeBand),
            ObjectList(Page.promote_panels, heading=_("Marknadsföring")),
            ObjectList(Page.settings_panels, heading=_("Inställningar")),
        ]
    )
    search_fields = Page.search_fields + [
        field
        for band in AgeBand
        for name in (f"summary_{field_suffix(band)}", f"body_{field_suffix(band)}")
        for field in (index.SearchField(name), index.AutocompleteField(name))
    ]

    parent_page_types = ["child_info.ChildInfoIndexPage"]
    subpage_types = []
    base_form_class = ChildInfoPageForm

    class Meta:
        verbose_name = _("informationssida för barn")
        verbose_name_plural = _("informationssidor för barn")

    def version(self, band):
        suffix = field_suffix(band)
        return Version(
            band=AgeBand(band),
            summary=getattr(self, f"summary_{suffix}"),
            body=getattr(self, f"body_{suffix}"),
        )

    def versions_above_target(self):
        """[(band, lix), ...] for each version whose LIX is above its band's target."""
        result = []
        for band in AgeBand:
            suffix = field_suffix(band)
            readability = fields_readability(self, f"summary_{suffix}", f"body_{suffix}")
            if above_target(readability, band):
                result.append((band, readability.lix))
        return result

    def readability_reports(self):
        """What the editor is told about each version (LIX panel, Checks panel, messages)."""
        return [
            band_report(self, (f"summary_{field_suffix(b)}", f"body_{field_suffix(b)}"), b)
            for b in AgeBand
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        band = context["band"]
        context["version"] = self.version(band)
        context["term_explainer"] = term_explainer(band, request)
        context["related"] = [(page, page.version(band)) for page in self.related_pages()]
        return context

    def related_pages(self):
        """The live, public pages the editor chose, in order; without a choice, the pages
        sharing most situations with this one. One query for both (a preview reads the
        unsaved choice from the page itself)."""
        visible = ChildInfoPage.objects.live().filter(public_q()).exclude(pk=self.pk)
        topics = self.related_topics.all()
        if isinstance(topics, FakeQuerySet):  # a preview: the choice is not saved yet
            ids = list(dict.fromkeys(topic.page_id for topic in topics))
            found = visible.in_bulk(ids)
            return [found[pk] for pk in ids if pk in found]
        if not self.pk:
            return []
        chosen_here = Q(related_from__source=self)
        candidates = list(
            visible.filter(chosen_here | Q(situations__pages=self))
            .annotate(
                chosen_order=Min("related_from__sort_order", filter=chosen_here),
                shared=Count("situations", filter=Q(situations__pages=self), distinct=True),
            )
            .order_by(F("chosen_order").asc(nulls_last=True), "-shared", "path")[:MAX_RELATED]
        )
        chosen = [page for page in candidates if page.chosen_order is not None]
        return chosen or candidates[:FALLBACK_RELATED]


class RelatedTopic(Orderable):
    """An editor's choice of a page to read next, shown at the end of every version."""

    source = ParentalKey(ChildInfoPage, on_delete=models.CASCADE, related_name="related_topics")
    page = models.ForeignKey(
        ChildInfoPage,
        on_delete=models.CASCADE,
        related_name="related_from",
        verbose_name=_("sida"),
    )

    panels = [PageChooserPanel("page", page_type="child_info.ChildInfoPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("läs också")
        verbose_name_plural = _("läs också")


@dataclass(frozen=True)
class Version:
    band: AgeBand
    summary: str
    body: object


class GlossaryPage(BandContextMixin, CachedPrivacyMixin, Page):
    """Ordlista A–Ö: every glossary term, explained for the reader's band."""

    intro = RichTextField(_("ingress"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "child_info.ChildInfoIndexPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("ordlista")
        verbose_name_plural = _("ordlistor")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["letters"] = by_letter(GlossaryTerm.objects.all(), context["band"])
        return context


def term_explainer(band, request) -> TermExplainer:
    """The glossary's terms explained for the band, linking to the live, public glossary page.
    One query: the glossary page's path rides along with every term."""
    glossary = GlossaryPage.objects.live().filter(public_q()).order_by("path")
    path = glossary.values("url_path")[:1]
    terms = list(GlossaryTerm.objects.annotate(glossary_path=Subquery(path)))
    if terms:
        url_path = terms[0].glossary_path
    else:
        url_path = glossary.values_list("url_path", flat=True).first()
    url = Page(url_path=url_path).get_url(request) if url_path else None
    return TermExplainer(terms, band, with_band(url, band) if url else None)
