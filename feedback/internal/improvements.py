"""Improvements: what social services do because children spoke up, from proposal to done.

Each improvement has an owner (a role or unit), a status with a dated history of every change,
and may be shown to children on "Ni sa – vi gjorde" with a child-friendly summary. It is a
snippet with revisions, so every edit can be compared and restored in the admin.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import ItemBase
from wagtail.fields import RichTextField
from wagtail.models import RevisionMixin

from feedback.models.themes import Theme
from feedback.what_happened.child_words import band_text
from municipalities.scope import MunicipalityOwned, ScopedManager


class ImprovementStatus(models.TextChoices):
    PROPOSED = "proposed", _("Föreslagen")
    DECIDED = "decided", _("Beslutad")
    IN_PROGRESS = "in_progress", _("Pågår")
    DONE = "done", _("Genomförd")
    CLOSED = "closed", _("Avslutad utan åtgärd")


# Statuses after which nothing more is planned: such an improvement is never overdue.
FINISHED_STATUSES = (ImprovementStatus.DONE, ImprovementStatus.CLOSED)


class ImprovementQuerySet(models.QuerySet):
    def overdue(self, today=None):
        """Planned to be done before today and still neither done nor closed."""
        today = today or timezone.localdate()
        return self.filter(planned_date__lt=today).exclude(status__in=FINISHED_STATUSES)


# The same statuses in words a child understands ("Ni sa – vi gjorde").
CHILD_STATUS_LABELS = {
    ImprovementStatus.PROPOSED: _("Vi har fått idén och tänker på den"),
    ImprovementStatus.DECIDED: _("Vi har bestämt att göra det"),
    ImprovementStatus.IN_PROGRESS: _("Vi håller på med det nu"),
    ImprovementStatus.DONE: _("Klart! Nu gör vi så"),
    ImprovementStatus.CLOSED: _("Vi kunde inte göra det just nu"),
}


class Origin(models.TextChoices):
    FINDING = "finding", _("Ett fynd i årsrapporten")
    SEMINAR = "seminar", _("Seminariet")
    FEEDBACK = "feedback", _("Barnens svar på webben")
    OTHER = "other", _("Annat")


class ImprovementTheme(ItemBase):
    tag = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="tagged_improvements")
    content_object = models.ForeignKey(
        "feedback.Improvement", on_delete=models.CASCADE, related_name="tagged_items"
    )

    def page_cache_site_ids(self):
        """Its improvement's site (portal.pagecache); every site's when it is gone."""
        improvement = Improvement._base_manager.filter(pk=self.content_object_id).first()
        return improvement.page_cache_site_ids() if improvement else None


class Improvement(RevisionMixin, MunicipalityOwned):
    title = models.CharField(_("rubrik"), max_length=200)
    description = RichTextField(
        _("vad och varför"),
        features=["bold", "italic", "link", "ul", "ol"],
        blank=True,
        help_text=_("För personal och politiker: vad ska göras och varför."),
    )
    child_title = models.CharField(
        _("rubrik för barn (9–12 år)"),
        max_length=120,
        blank=True,
        help_text=_(
            "Rubriken på 'Ni sa – vi gjorde', med ord som ett barn förstår. Tom: rubriken ovan."
        ),
    )
    child_title_5_8 = models.CharField(
        _("rubrik för barn (5–8 år)"),
        max_length=120,
        blank=True,
        help_text=_("Tom: samma som 9–12."),
    )
    child_title_13_18 = models.CharField(
        _("rubrik för barn (13–18 år)"),
        max_length=120,
        blank=True,
        help_text=_("Tom: samma som 9–12."),
    )
    child_summary = models.TextField(
        _("kort text för barn"),
        max_length=400,
        blank=True,
        help_text=_(
            "Visas på 'Ni sa – vi gjorde'. Korta meningar och vanliga ord, som till ett barn "
            "på 9–12 år. Högst 400 tecken."
        ),
    )
    child_summary_5_8 = models.TextField(
        _("kort text för barn (5–8 år)"),
        max_length=400,
        blank=True,
        help_text=_("Mycket korta meningar. Tom: samma som 9–12."),
    )
    child_summary_13_18 = models.TextField(
        _("kort text för barn (13–18 år)"),
        max_length=400,
        blank=True,
        help_text=_("Tom: samma som 9–12."),
    )
    themes = TaggableManager(
        through=ImprovementTheme, blank=True, verbose_name=_("teman"), related_name="improvements"
    )
    origin = models.CharField(
        _("kommer från"), max_length=20, choices=Origin.choices, default=Origin.FINDING
    )
    finding = models.ForeignKey(
        "feedback.Finding",
        verbose_name=_("fynd i årsrapporten"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="improvements",
        help_text=_("Raden i matrisen som förslaget kommer från."),
    )
    responses = models.ManyToManyField(
        "feedback.FeedbackResponse",
        verbose_name=_("barnens svar"),
        blank=True,
        related_name="improvements",
    )
    responsible = models.CharField(
        _("ansvarig"), max_length=150, blank=True, help_text=_("En roll eller enhet.")
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ImprovementStatus.choices,
        default=ImprovementStatus.PROPOSED,
    )
    status_changed_on = models.DateField(_("status ändrad"), default=timezone.localdate)
    planned_date = models.DateField(_("planerat klart"), null=True, blank=True)
    done_date = models.DateField(_("klart"), null=True, blank=True)
    show_to_children = models.BooleanField(
        _("visa för barn"),
        default=False,
        help_text=_("Visa förbättringen med den korta texten på 'Ni sa – vi gjorde'."),
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="improvement")

    objects = ScopedManager.from_queryset(ImprovementQuerySet)()

    class Meta(MunicipalityOwned.Meta):
        verbose_name = _("förbättring")
        verbose_name_plural = _("förbättringar")
        ordering = ["-status_changed_on", "-pk"]

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._saved = (
            instance.__dict__.get("status"),
            instance.__dict__.get("status_changed_on"),
        )
        return instance

    def _stored_status(self):
        """(status, status changed on) as stored now, or None before the first save.

        An instance restored from a revision (reverting in the admin) was not read from the
        database, so it is compared with what is stored, not with the revision's own values.
        """
        if not hasattr(self, "_saved"):
            self._saved = (
                type(self)
                .objects.filter(pk=self.pk)
                .values_list("status", "status_changed_on")
                .first()
                if self.pk
                else None
            )
        return self._saved

    def change_status(self, status, *, user=None, on=None, note=""):
        """Set a new status and save; the change is recorded in the history."""
        self.status = status
        self.status_change_by(user=user, on=on, note=note)
        self.save()

    def status_change_by(self, *, user=None, on=None, note=""):
        """Say who changes the status (and when) before the next save records it."""
        self._pending_change = {"user": user, "on": on, "note": note}

    def save(self, *args, **kwargs):
        stored = self._stored_status()
        status_changed = stored is None or self.status != stored[0]
        change = getattr(self, "_pending_change", None) or {}
        day = change.get("on") or timezone.localdate()
        if status_changed:
            self.status_changed_on = day
            if self.status == ImprovementStatus.DONE and not self.done_date:
                self.done_date = day
        elif stored[1]:
            # The day of the last real change stays, whatever an older revision said.
            self.status_changed_on = stored[1]
        super().save(*args, **kwargs)
        if status_changed:
            StatusChange.objects.create(
                improvement=self,
                status=self.status,
                date=day,
                changed_by=change.get("user"),
                note=change.get("note", ""),
            )
        self._saved = (self.status, self.status_changed_on)
        self._pending_change = None

    @property
    def is_overdue(self):
        return bool(
            self.planned_date
            and self.planned_date < timezone.localdate()
            and self.status not in FINISHED_STATUSES
        )

    @property
    def child_status_label(self):
        return CHILD_STATUS_LABELS[ImprovementStatus(self.status)]

    def child_title_for(self, band):
        """The heading children of the band read; never empty."""
        return band_text(self, "child_title", band) or self.title

    def child_summary_for(self, band):
        return band_text(self, "child_summary", band)


class StatusChange(models.Model):
    """One step in an improvement's history: the new status and the day it was set."""

    improvement = models.ForeignKey(
        Improvement, on_delete=models.CASCADE, related_name="status_changes"
    )
    status = models.CharField(_("status"), max_length=20, choices=ImprovementStatus.choices)
    date = models.DateField(_("datum"), default=timezone.localdate)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ändrad av"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.CharField(_("kommentar"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("statusändring")
        verbose_name_plural = _("statusändringar")
        ordering = ["date", "pk"]

    def __str__(self):
        return f"{self.date}: {self.get_status_display()}"
