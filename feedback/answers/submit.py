"""Receive a child's anonymous feedback.

CSRF: this view is exempt from Django's token check on purpose, so the child's browser gets
no cookie at all from the feedback page. Posts from other sites are refused instead by the
browser's own ``Sec-Fetch-Site`` / ``Origin`` headers, and the body is bounded and a start
token serves one answer (``feedback/answers/submission_guards.py``); a honeypot, a minimum fill time
and a rate limit keep out the rest.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Site

from feedback.answers import ratelimit, submission_guards
from feedback.answers.form import FeedbackForm, filled_too_fast
from feedback.models import FeedbackPage
from municipalities.models import Municipality
from portal.pagecache.privacy import public_q

HONEYPOT_FIELD = "webbplats"


@csrf_exempt
@never_cache
@require_POST
def submit(request, page_id):
    page = get_object_or_404(FeedbackPage.objects.live().filter(public_q()), pk=page_id)
    municipality = municipality_of(request, page)
    refusal = submission_guards.refuse_before_reading(request, page)
    if refusal:
        return refusal
    if request.POST.get(HONEYPOT_FIELD):
        # A bot filled in the hidden field: look like success, store nothing.
        return redirect(page.thanks_url())
    form = FeedbackForm(request.POST, page=page)
    if not form.is_valid():
        return page.render_form(request, form)
    if filled_too_fast(request.POST.get("started")):
        notice = _(
            "Det gick lite för fort. Titta på dina svar en gång till och tryck sedan på "
            "Skicka igen. Allt du har skrivit finns kvar."
        )
        return page.render_form(request, form, notice=notice)
    if not submission_guards.claim_start_token(request.POST.get("started")):
        return page.render_form(request, form, notice=submission_guards.ALREADY_SENT)
    if not ratelimit.allow(request):
        notice = _(
            "Många svar har skickats härifrån på kort tid. Vänta en stund och försök igen. "
            "Allt du har skrivit finns kvar."
        )
        return page.render_form(request, form, status=429, notice=notice)
    _response, danger, redacted = form.save(municipality)
    return redirect(page.thanks_url(danger=danger, redacted=redacted))


def municipality_of(request, page):
    """The id of the municipality an answer to ``page`` belongs to: the one whose site the page
    is on, asked for at that site's own address (a page of one municipality posted to another's
    host is not found)."""
    site = Site.find_for_request(request)
    ids = Municipality.ids_for_site(site)
    if not ids or page.get_site() != site:
        raise Http404
    (municipality_id,) = ids
    return municipality_id
