"""The page where a child gives anonymous feedback, and its thank-you page (a sub-route)."""

import re
import secrets

from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from child_info.bands import chosen_band
from feedback.answers.form import FeedbackForm, new_started_token
from feedback.answers.redaction import labels
from feedback.what_happened.page import WhatHappenedPage
from portal.pagecache.privacy import CachedPrivacyMixin, public_q
from portal.security.counters import counter_cache

# The thank-you page's result (danger help first? what was removed?) is kept on the server
# under a random one-use key; the URL holds only the key, so the address and the browser's
# history tell nothing. Read once, then gone: a later visit from history shows the plain thanks.
THANKS_KEY_PARAM = "k"
THANKS_KEY_PREFIX = "feedback-thanks:"
THANKS_MAX_AGE = 10 * 60
THANKS_KEY = re.compile(r"[A-Za-z0-9_-]{16,64}")

DEFAULT_INTRO = (
    "<p>Här kan du säga vad du tycker om kontakten med socialtjänsten. Du skriver inte ditt "
    "namn, och ingen kan se vem som har svarat. Skriv inte namn på dig själv eller någon "
    "annan. Vi som arbetar här läser alla svar och använder dem för att bli bättre.</p>"
)


class FeedbackPage(RoutablePageMixin, CachedPrivacyMixin, Page):
    intro = RichTextField(
        _("ingress"),
        features=["bold", "italic", "link"],
        default=DEFAULT_INTRO,
        help_text=_("Kort och enkelt: vad händer med svaret, att ingen ser vem som skrev."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel(
            "extra_questions",
            heading=_("Extra frågor"),
            label=_("Extra fråga"),
            help_text=_(
                "Frivilliga frågor bara för den här sidan. Grundfrågorna är desamma överallt "
                "så att svaren går att jämföra mellan år och kommuner."
            ),
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("sida för att tycka till")
        verbose_name_plural = _("sidor för att tycka till")

    def serve(self, request, *args, **kwargs):
        # The form carries a fresh signed start time, the thank-you page a per-answer result:
        # neither may be cached or shared.
        response = super().serve(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    @path("")
    def form_view(self, request):
        # A child who chose an age on the portal (?alder=) finds it already chosen.
        band = chosen_band(request)
        initial = {"age_band": band.value} if band else {}
        return self.render_form(request, FeedbackForm(page=self, initial=initial))

    def render_form(self, request, form, status=200, notice=None):
        response = self.render(
            request,
            context_overrides={
                "form": form,
                "started_token": new_started_token(),
                "notice": notice,
            },
        )
        response.status_code = status
        add_never_cache_headers(response)
        return response

    @path("tack/")
    def thanks_view(self, request):
        outcome = self.take_outcome(request.GET.get(THANKS_KEY_PARAM, ""))
        return self.render(
            request,
            template="feedback/feedback_thanks.html",
            context_overrides={
                "danger": outcome.get("d", False),
                "redacted": labels(set(outcome.get("r", []))),
                "what_happened_page": self.get_what_happened_page(),
            },
        )

    def thanks_url(self, danger=False, redacted=()):
        """The thank-you page's address with a fresh random key (also for an answer with
        nothing to say, so the address looks the same whatever the child wrote)."""
        key = secrets.token_urlsafe(16)
        outcome = {"d": bool(danger), "r": sorted(redacted)}
        counter_cache().set(THANKS_KEY_PREFIX + key, outcome, timeout=THANKS_MAX_AGE)
        return f"{self.url}{self.reverse_subpage('thanks_view')}?{THANKS_KEY_PARAM}={key}"

    @staticmethod
    def take_outcome(key):
        """The result kept under the key, deleted as it is read; {} for an unknown key."""
        if not THANKS_KEY.fullmatch(key):
            return {}
        store = counter_cache()
        outcome = store.get(THANKS_KEY_PREFIX + key)
        if outcome is None:
            return {}
        store.delete(THANKS_KEY_PREFIX + key)
        return outcome

    def get_what_happened_page(self):
        """The live "Ni sa – vi gjorde" page in this page's language, if there is one."""
        return (
            WhatHappenedPage.objects.live()
            .filter(public_q(), locale=self.locale_id)
            .order_by("path")
            .first()
        )
