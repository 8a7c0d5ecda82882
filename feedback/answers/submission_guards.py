"""Checks on a posted answer before and while it is read, without any identity.

- **Where it comes from.** A browser says in ``Sec-Fetch-Site`` whether a post comes from our
  own pages; older browsers say it in ``Origin``. A post from another site is refused (403).
  ``Origin: null`` is allowed: under our ``Referrer-Policy: no-referrer`` a browser sends it
  for our own form. No cookie is needed.
- **How big it is.** The body may hold the page's text fields at their limits, each character
  taking at most 12 bytes (four UTF-8 bytes, each percent-encoded), plus a margin for field
  names, the ratings and multipart headers (8 KB, and 256 bytes per extra question). A
  bigger body is refused from its ``Content-Length`` before it is read (413); a post without
  a length (e.g. chunked) is refused without reading it (411).
- **One answer per start token.** The signed token in the form carries a random nonce; saving
  an answer marks it used in the counters cache for the token's lifetime. The nonce is random
  and says nothing about the child.
"""

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from feedback.models.responses import FREE_TEXT_MAX_LENGTH
from portal.security.counters import counter_cache

from .form import EXTRA_TEXT_MAX_LENGTH, STARTED_MAX_AGE, read_started_token

BYTES_PER_CHARACTER = 12
FORM_MARGIN_BYTES = 8 * 1024  # names and values of the fixed fields, multipart boundaries
BYTES_PER_EXTRA_FIELD = 256  # an extra question's name, value and multipart headers
SAME_SITE_VALUES = {"same-origin", "none"}  # "none": the person's own action, no other page


def body_limit(page):
    """The largest body a real answer to ``page`` can have, in bytes."""
    questions = list(page.extra_questions.values_list("kind", flat=True))
    characters = 2 * FREE_TEXT_MAX_LENGTH + questions.count("text") * EXTRA_TEXT_MAX_LENGTH
    fields = FORM_MARGIN_BYTES + len(questions) * BYTES_PER_EXTRA_FIELD
    return characters * BYTES_PER_CHARACTER + fields


def our_origins(request):
    return {f"{request.scheme}://{request.get_host()}", *settings.CSRF_TRUSTED_ORIGINS}


def is_cross_site(request):
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site.strip().lower() not in SAME_SITE_VALUES
    origin = request.headers.get("Origin", "").strip()
    if origin in ("", "null"):
        return False
    return origin not in our_origins(request)


def declared_length(request):
    """The body's length from Content-Length, or None when it is missing or not a number."""
    value = request.META.get("CONTENT_LENGTH", "")
    return int(value) if value.isascii() and value.isdigit() else None


def refusal(request, page, status, title, message):
    return render(
        request,
        "feedback/refused.html",
        {"title": title, "message": message, "form_url": page.url},
        status=status,
    )


def refuse_before_reading(request, page):
    """A Swedish refusal page for a post we must not read, or None when it may be read."""
    if is_cross_site(request):
        return refusal(
            request,
            page,
            403,
            _("Svaret kunde inte tas emot"),
            _(
                "Vi tar bara emot svar från formuläret på vår egen webbplats. Öppna "
                "formuläret här och skicka ditt svar därifrån."
            ),
        )
    length = declared_length(request)
    if length is None:
        return refusal(
            request,
            page,
            411,
            _("Svaret kom inte fram"),
            _("Vi kunde inte läsa det som skickades. Gå tillbaka till formuläret och skicka igen."),
        )
    if length > body_limit(page):
        return refusal(
            request,
            page,
            413,
            _("Svaret är för stort"),
            _(
                "Det som skickades var för stort för att vi ska kunna ta emot det. Varje text "
                "får vara högst %(limit)d tecken. Gå tillbaka till formuläret och försök igen."
            )
            % {"limit": FREE_TEXT_MAX_LENGTH},
        )
    return None


def claim_start_token(token):
    """Mark the token's nonce used; False when it was used before (or is not genuine)."""
    parsed = read_started_token(token)
    if parsed is None:
        return False
    _started, nonce = parsed
    return counter_cache().add(f"feedback:started:{nonce}", 1, timeout=STARTED_MAX_AGE)


ALREADY_SENT = gettext_lazy(
    "Det här svaret har redan skickats, så vi sparade det inte en gång till. Du behöver inte "
    "göra något mer. Vill du ändå skicka ett nytt svar, tryck på Skicka igen. Allt du har "
    "skrivit finns kvar."
)
