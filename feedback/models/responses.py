"""Anonymous feedback responses: the answers and the day they came, nothing else.

No IP address, user agent, session or time of day is stored: a dump of these tables must not
tell anyone who answered. The core questions are fixed in code so that answers stay
comparable across years and municipalities; editors may add optional extra questions.
"""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.managers import TaggableManager
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from home.age_bands import AgeBand
from municipalities.scope import MunicipalityOwned

from .random_ids import RandomIdField
from .themes import Theme

FREE_TEXT_MAX_LENGTH = 2000


class Rating(models.IntegerChoices):
    VERY_BAD = 1, _("Mycket dåligt")
    BAD = 2, _("Dåligt")
    OK = 3, _("Sådär")
    GOOD = 4, _("Bra")
    VERY_GOOD = 5, _("Mycket bra")


class YesNo(models.TextChoices):
    YES = "ja", _("Ja")
    NO = "nej", _("Nej")
    DONT_KNOW = "vet_inte", _("Vet inte")


class ContactKind(models.TextChoices):
    INVESTIGATION = "utredning", _("Utredning (vi tog reda på hur du har det)")
    SUPPORT = "stod", _("Stöd eller hjälp (till exempel samtal eller kontaktperson)")
    PLACEMENT = "placering", _("Jag bor i familjehem eller på boende")
    OTHER = "annat", _("Något annat")


class Status(models.TextChoices):
    NEW = "new", _("Ny")
    READ = "read", _("Läst")
    USED = "used", _("Använd i utvecklingsarbetet")


# The fixed core questions: (field name, question to the child). They follow the quality
# areas municipalities already measure: information, participation, treatment, change,
# availability. Four are yes/no questions and are answered Ja / Nej / Vet inte; "Hur blev du
# bemött?" keeps the faces 1–5.
CORE_QUESTIONS = (
    ("information_yes_no", _("Fick du veta det du behövde veta?")),
    ("participation_yes_no", _("Fick du säga vad du tyckte och vara med och bestämma?")),
    ("treatment", _("Hur blev du bemött?")),
    ("change_yes_no", _("Har det blivit bättre för dig?")),
    ("availability_yes_no", _("Var det lätt att få tag på oss när du behövde?")),
)
YES_NO_FIELDS = tuple(name for name, _question in CORE_QUESTIONS if name.endswith("_yes_no"))
RATING_FIELDS = tuple(name for name, _question in CORE_QUESTIONS if name not in YES_NO_FIELDS)
# The yes/no questions were asked on the faces 1–5 until the yes/no answers came: those
# answers keep their columns, and new answers never fill them.
EARLIER_SCALE_FIELDS = tuple(name.removesuffix("_yes_no") for name in YES_NO_FIELDS)
FREE_TEXT_FIELDS = ("good_text", "better_text")


def week_of(day):
    """The Monday of ``day``'s week: answers are stored by week, never by day."""
    return day - datetime.timedelta(days=day.weekday())


def this_week():
    return week_of(timezone.localdate())


def rating_field(verbose_name):
    return models.PositiveSmallIntegerField(
        verbose_name, choices=Rating.choices, null=True, blank=True
    )


def yes_no_field(verbose_name):
    return models.CharField(
        verbose_name, max_length=8, choices=YesNo.choices, null=True, blank=True
    )


class ResponseTheme(ItemBase):
    # Staff often theme new answers as they come in: sequential ids here would keep that order.
    id = RandomIdField()
    tag = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="tagged_responses")
    content_object = models.ForeignKey(
        "feedback.FeedbackResponse", on_delete=models.CASCADE, related_name="tagged_items"
    )


class FeedbackResponse(MunicipalityOwned):
    id = RandomIdField()
    page = models.ForeignKey(
        "feedback.FeedbackPage",
        verbose_name=_("sida"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="responses",
    )
    # The Monday of the week the answer came (see week_of and README): in a small municipality
    # one or two answers a day would let a day point at a child.
    date = models.DateField(_("vecka (måndag)"), default=this_week, db_index=True)
    age_band = models.CharField(_("ålder"), max_length=5, choices=AgeBand.choices, blank=True)
    contact_kind = models.CharField(
        _("typ av kontakt"), max_length=20, choices=ContactKind.choices, blank=True
    )
    information_yes_no = yes_no_field(_("information"))
    participation_yes_no = yes_no_field(_("delaktighet"))
    treatment = rating_field(_("bemötande"))
    change_yes_no = yes_no_field(_("förändring"))
    availability_yes_no = yes_no_field(_("tillgänglighet"))
    information = rating_field(_("information (tidigare skala 1–5)"))
    participation = rating_field(_("delaktighet (tidigare skala 1–5)"))
    change = rating_field(_("förändring (tidigare skala 1–5)"))
    availability = rating_field(_("tillgänglighet (tidigare skala 1–5)"))
    good_text = models.TextField(_("Vad var bra?"), blank=True)
    better_text = models.TextField(_("Vad borde vi göra annorlunda?"), blank=True)
    flagged_danger = models.BooleanField(
        _("behöver uppmärksamhet"),
        default=False,
        help_text=_("Fritexten innehåller ord som kan betyda att barnet är i fara."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default="new")
    themes = TaggableManager(
        through=ResponseTheme, blank=True, verbose_name=_("teman"), related_name="responses"
    )

    panels = [FieldPanel("status"), FieldPanel("themes")]

    class Meta(MunicipalityOwned.Meta):
        verbose_name = _("svar")
        verbose_name_plural = _("svar")
        # Within a week, the random id: an order that says nothing about when answers came.
        ordering = ["-date", "-pk"]

    def __str__(self):
        return _("Svar %(id)s (%(week)s)") % {"id": self.pk, "week": self.week_label}

    def save(self, *args, **kwargs):
        if self.date:
            self.date = week_of(self._meta.get_field("date").to_python(self.date))
        super().save(*args, **kwargs)

    @property
    def week_label(self):
        if not self.date:
            return ""
        year, week, _day = self.date.isocalendar()
        return _("vecka %(week)d, %(year)d") % {"week": week, "year": year}

    @property
    def free_text(self):
        return "\n".join(t for t in (self.good_text, self.better_text) if t)


class ExtraQuestion(Orderable):
    """An optional question an editor adds to one feedback page (not compared across pages)."""

    class Kind(models.TextChoices):
        RATING = "rating", _("Ansikten 1–5")
        YES_NO = "yes_no", _("Ja / Nej / Vet inte")
        TEXT = "text", _("Kort text")

    page = ParentalKey(
        "feedback.FeedbackPage", on_delete=models.CASCADE, related_name="extra_questions"
    )
    question = models.CharField(_("fråga"), max_length=200)
    kind = models.CharField(_("svarstyp"), max_length=10, choices=Kind.choices, default="rating")

    panels = [FieldPanel("question"), FieldPanel("kind")]

    class Meta(Orderable.Meta):
        verbose_name = _("extra fråga")
        verbose_name_plural = _("extra frågor")

    def __str__(self):
        return self.question

    @property
    def field_name(self):
        # Unsaved questions (page preview) have no pk yet.
        return f"extra_{self.pk}" if self.pk else f"extra_new_{self.sort_order}"


class ExtraAnswer(models.Model):
    id = RandomIdField()  # sequential ids would give away the order of the answers too
    response = models.ForeignKey(
        FeedbackResponse, on_delete=models.CASCADE, related_name="extra_answers"
    )
    question = models.ForeignKey(
        ExtraQuestion, null=True, blank=True, on_delete=models.SET_NULL, related_name="answers"
    )
    # A copy of the question as it was asked, so answers survive edits of the page.
    question_text = models.CharField(_("fråga"), max_length=200)
    rating = rating_field(_("betyg"))
    yes_no = yes_no_field(_("ja eller nej"))
    text = models.TextField(_("svar"), blank=True)

    class Meta:
        verbose_name = _("svar på extra fråga")
        verbose_name_plural = _("svar på extra frågor")

    def __str__(self):
        return self.question_text
