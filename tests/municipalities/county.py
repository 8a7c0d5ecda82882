"""A county of three municipalities with answers, reports and improvements in 2150."""

import datetime

from tests.factories import (
    FeedbackResponseFactory,
    ImprovementFactory,
    ThemeFactory,
    YearlyReportPageFactory,
)
from tests.factories.municipalities import first_municipality, new_municipality, section_of

DAY = datetime.date(2150, 6, 2)


def answers(municipality, count, **fields):
    """``count`` answers of ``municipality`` in the week of DAY (2150)."""
    return [
        FeedbackResponseFactory(municipality=municipality, date=DAY, **fields)
        for _n in range(count)
    ]


def three_municipalities():
    """Three municipalities' answers, reports and improvements in 2150.

    Första: 15 answers (information 5 Ja, 5 Nej, 5 Vet inte; treatment 8 × 4 and 7 × 3),
    Norrby: 8 (Ja, 5), Söderå: 3 (Ja, 1); interviews 12, 6 and 2; improvements proposed 6, 5
    and 1, one done in Norrby.
    """
    first = first_municipality()
    first.site.site_name = "Första"
    first.site.save()
    norrby, sodera = new_municipality("Norrby"), new_municipality("Söderå")
    answers(first, 5, information_yes_no="ja", treatment=4)
    answers(first, 3, information_yes_no="nej", treatment=4)
    answers(first, 2, information_yes_no="nej", treatment=3)
    answers(first, 5, information_yes_no="vet_inte", treatment=3)
    answers(norrby, 8, information_yes_no="ja", treatment=5)
    answers(sodera, 3, information_yes_no="ja", treatment=1)
    theme = ThemeFactory(name="Om delaktighet")
    for municipality, interviews, proposed in ((first, 12, 6), (norrby, 6, 5), (sodera, 2, 1)):
        YearlyReportPageFactory(
            parent=section_of(municipality), year=2150, interviews_held=interviews
        )
        for _n in range(proposed):
            ImprovementFactory(
                municipality=municipality,
                title=f"Hemlig förbättring i {municipality}",
                themes=[theme] if municipality == first else [],
            )
    ImprovementFactory(
        municipality=norrby,
        title="Genomförd i Norrby",
        history=[("done", DAY)],
        themes=[theme],
    )
    return first, norrby, sodera
