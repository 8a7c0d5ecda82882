"""The one rule of publishing a yearly report: no quote goes out before someone has checked it.

A quote is published only when it is marked "granskat": checked to hold no name, place or
detail that could point out the child. A report with any quote not checked yet is not
published, however that is tried. ``refusal`` says why for a report as it stands: Wagtail's
publish button and bulk "Publicera" ask it (``admin_hooks``), and so does
``YearlyReportPage.publish`` for scheduled publishing and code (``check_publishable``). The
admin form (``report_form``) asks ``blocks_publishing`` of each quote it is about to save and
marks those, with the same message.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

UNREVIEWED_QUOTES_MESSAGE = _(
    "Rapporten kan inte publiceras förrän alla citat är granskade: inga namn, platser eller "
    "detaljer som kan peka ut barnet."
)


def blocks_publishing(quote) -> bool:
    """A quote (or a quote's form instance) nobody has checked yet keeps its report back."""
    return not quote.reviewed


def refusal(report):
    """Why the report, as it stands (a page or a revision's page), may not be published; None
    when it may."""
    if any(blocks_publishing(quote) for quote in report.quotes.all()):
        return UNREVIEWED_QUOTES_MESSAGE
    return None


def check_publishable(report):
    """Raise ``ValidationError`` with the refusal, if there is one."""
    message = refusal(report)
    if message:
        raise ValidationError(message)
