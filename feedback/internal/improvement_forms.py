"""The admin's forms for improvements: the edit form's note on a status change, and the
bulk actions' forms (a new status for many, the improvement that answers lead to)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .improvements import Improvement, ImprovementStatus
from .matrix import Finding

NOTE_LABEL = _("Anteckning om ändringen")
NOTE_HELP = _("Frivillig. Sparas i historiken när statusen ändras, till exempel varför.")


class ImprovementForm(WagtailAdminModelForm):
    # Not a model field: saved on the status change it explains (StatusChange.note).
    status_note = forms.CharField(
        label=NOTE_LABEL, help_text=NOTE_HELP, max_length=300, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "finding" in self.fields:
            self.fields["finding"].queryset = Finding.objects.select_related("page", "theme")


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Ny status"), choices=ImprovementStatus.choices)
    note = forms.CharField(label=NOTE_LABEL, help_text=NOTE_HELP, max_length=300, required=False)


class LinkForm(forms.Form):
    improvement = forms.ModelChoiceField(
        label=_("Förbättring"), queryset=Improvement.objects.none()
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Read at each request, in its municipality's scope (never at import, unscoped).
        self.fields["improvement"].queryset = Improvement.objects.order_by("title")
