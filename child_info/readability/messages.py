"""The warnings an editor gets after saving an information page: one per age version above its
target or with hard sentences (registered in ``child_info/wagtail_hooks.py``)."""

from django.contrib import messages
from django.utils.translation import gettext as _gettext
from django.utils.translation import ngettext


def warn_about_hard_versions(request, page):
    """After saving, say which age versions are harder to read than their target."""
    if not hasattr(page, "readability_reports"):
        return
    for report in page.readability_reports():
        band = report.band
        if report.above_target:
            messages.warning(
                request,
                _gettext("Texten för %(band)s har LIX %(lix)s, över målet %(target)s.")
                % {"band": band.label, "lix": report.readability.lix, "target": report.target},
            )
        if report.hard_sentences:
            count = len(report.hard_sentences)
            messages.warning(
                request,
                ngettext(
                    "Texten för %(band)s har %(count)s mening som är för lång eller har för "
                    "många långa ord. Se Läsbarhet (LIX) under fliken %(band)s.",
                    "Texten för %(band)s har %(count)s meningar som är för långa eller har för "
                    "många långa ord. Se Läsbarhet (LIX) under fliken %(band)s.",
                    count,
                )
                % {"band": band.label, "count": count},
            )
