"""The child's feedback form: fixed core questions, optional context, the page's extras."""

import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from feedback.models.responses import (
    CORE_QUESTIONS,
    FREE_TEXT_MAX_LENGTH,
    YES_NO_FIELDS,
    ContactKind,
    ExtraAnswer,
    FeedbackResponse,
    Rating,
    YesNo,
)
from home.age_bands import AgeBand

from .danger_words import contains_danger
from .redaction import redact

EXTRA_TEXT_MAX_LENGTH = 500
STARTED_SALT = "feedback.started"
STARTED_MAX_AGE = 24 * 60 * 60

TOO_LONG = _(
    "Texten är för lång. Du kan skriva högst %(limit_value)d tecken, du har skrivit "
    "%(show_value)d. Korta texten lite, så kan du skicka."
)


def new_started_token():
    """A signed start time and a random nonce, so the token serves one answer only.

    Nothing is stored when the form is shown; the nonce is marked used only when an answer
    is saved (``feedback.answers.submission_guards.claim_start_token``).
    """
    return signing.dumps([int(time.time()), secrets.token_urlsafe(16)], salt=STARTED_SALT)


def read_started_token(token):
    """(start time, nonce) of a genuine, unexpired token; None for anything else."""
    try:
        value = signing.loads(token or "", salt=STARTED_SALT, max_age=STARTED_MAX_AGE)
    except signing.BadSignature:
        return None
    match value:
        case [int(started), str(nonce)] if nonce:
            return started, nonce
    return None


def filled_too_fast(token):
    """True when the form came back faster than a person can fill it in, or without a start."""
    parsed = read_started_token(token)
    return parsed is None or time.time() - parsed[0] < settings.FEEDBACK_MIN_FILL_SECONDS


# Each field names the template that shows it (Django's Field.template_name), so the page
# template shows any question, core or extra, with one include.


def rating_field(label):
    field = forms.TypedChoiceField(
        label=label,
        choices=Rating.choices,
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )
    field.template_name = "feedback/includes/face_scale.html"
    return field


def yes_no_field(label):
    field = forms.ChoiceField(
        label=label, choices=YesNo.choices, required=False, widget=forms.RadioSelect
    )
    field.template_name = "feedback/includes/yes_no.html"
    return field


class NoMaxLengthTextarea(forms.Textarea):
    """No maxlength attribute: the browser must not cut a pasted text without saying so."""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"].pop("maxlength", None)
        return context


def text_field(label, limit, help_text):
    field = forms.CharField(
        label=label,
        required=False,
        max_length=limit,
        help_text=help_text,
        widget=NoMaxLengthTextarea(attrs={"rows": 4}),
        error_messages={"max_length": TOO_LONG},
    )
    field.template_name = "feedback/includes/text_field.html"
    return field


class FeedbackForm(forms.Form):
    age_band = forms.ChoiceField(
        label=_("Hur gammal är du?"),
        choices=[("", _("Vill inte säga"))] + list(AgeBand.choices),
        required=False,
        widget=forms.RadioSelect,
    )
    contact_kind = forms.ChoiceField(
        label=_("Vilken kontakt har du haft med oss?"),
        choices=[("", _("Vill inte säga"))] + list(ContactKind.choices),
        required=False,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        for name, question in CORE_QUESTIONS:
            make = yes_no_field if name in YES_NO_FIELDS else rating_field
            self.fields[name] = make(question)
        limit_help = _("Du kan skriva högst %(limit)d tecken.")
        self.fields["good_text"] = text_field(
            _("Vad var bra?"), FREE_TEXT_MAX_LENGTH, limit_help % {"limit": FREE_TEXT_MAX_LENGTH}
        )
        self.fields["better_text"] = text_field(
            _("Vad borde vi göra annorlunda?"),
            FREE_TEXT_MAX_LENGTH,
            limit_help % {"limit": FREE_TEXT_MAX_LENGTH},
        )
        self.extra_questions = list(page.extra_questions.all()) if page.pk else []
        for question in self.extra_questions:
            if question.kind == question.Kind.RATING:
                self.fields[question.field_name] = rating_field(question.question)
            elif question.kind == question.Kind.YES_NO:
                self.fields[question.field_name] = yes_no_field(question.question)
            else:
                self.fields[question.field_name] = text_field(
                    question.question,
                    EXTRA_TEXT_MAX_LENGTH,
                    limit_help % {"limit": EXTRA_TEXT_MAX_LENGTH},
                )
        for name in self.text_field_names():
            self.fields[name].widget.attrs["aria-describedby"] = f"id_{name}-hjalp"

    @property
    def core_fields(self):
        return [self[name] for name, _question in CORE_QUESTIONS]

    @property
    def extra_fields(self):
        return [self[q.field_name] for q in self.extra_questions]

    def clean(self):
        data = super().clean()
        if not any(value not in (None, "") for value in data.values()):
            raise forms.ValidationError(
                _("Svara på minst en fråga innan du skickar."), code="empty"
            )
        return data

    def text_field_names(self):
        return ["good_text", "better_text"] + [
            q.field_name for q in self.extra_questions if q.kind == q.Kind.TEXT
        ]

    @transaction.atomic
    def save(self, municipality_id):
        """Check for danger, redact, store as that municipality's answer. Returns (response,
        danger, redacted kinds).

        Danger is read in the text as typed (before names are replaced); what is stored
        is the normalised text with the personal data replaced (feedback.answers.redaction).
        """
        data = dict(self.cleaned_data)
        texts = [data[name] for name in self.text_field_names()]
        danger = contains_danger("\n".join(t for t in texts if t))
        redacted_kinds = set()
        for name in self.text_field_names():
            data[name], kinds = redact(data[name])
            redacted_kinds |= kinds
        response = FeedbackResponse.objects.create(
            municipality_id=municipality_id,
            page=self.page,
            age_band=data["age_band"],
            contact_kind=data["contact_kind"],
            good_text=data["good_text"],
            better_text=data["better_text"],
            flagged_danger=danger,
            **{name: data[name] or None for name, _question in CORE_QUESTIONS},
        )
        ExtraAnswer.objects.bulk_create(
            ExtraAnswer(
                response=response,
                question=q,
                question_text=q.question,
                rating=data[q.field_name] if q.kind == q.Kind.RATING else None,
                yes_no=data[q.field_name] if q.kind == q.Kind.YES_NO else None,
                text=data[q.field_name] if q.kind == q.Kind.TEXT else "",
            )
            for q in self.extra_questions
            if data[q.field_name] not in (None, "")
        )
        return response, danger, redacted_kinds
