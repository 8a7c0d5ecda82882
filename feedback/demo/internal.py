"""Demo internal section: two yearly reports, their improvements and "Ni sa – vi gjorde".

Idempotent: the section, each report and each improvement is created only when missing.
"""

from feedback.models import (
    FeedbackResponse,
    Finding,
    Improvement,
    InternalIndexPage,
    Quote,
    Theme,
    WhatHappenedPage,
    YearlyReportPage,
)
from home.demo import get_home_page

from .child_words import CHILD_WORDS, MIDDLE, TEEN, YOUNG
from .internal_content import IMPROVEMENTS, INTERNAL_INDEX, REPORTS, WHAT_HAPPENED


def load(stdout=None):
    home = get_home_page()
    themes = {theme.name: theme for theme in Theme.objects.all()}
    index = InternalIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(instance=InternalIndexPage(show_in_menus=False, **INTERNAL_INDEX))
        index.save_revision().publish()
    findings = {}
    for report in REPORTS:
        findings.update(load_report(index, report, themes))
    for improvement in IMPROVEMENTS:
        load_improvement(improvement, findings, themes)
    if not WhatHappenedPage.objects.child_of(home).exists():
        page = home.add_child(instance=WhatHappenedPage(**WHAT_HAPPENED))
        page.save_revision().publish()


def load_report(index, data, themes):
    page = YearlyReportPage.objects.child_of(index).filter(year=data["year"]).first()
    if page is None:
        age_fields = ("interviews_5_8", "interviews_9_12", "interviews_13_18")
        ages = dict(zip(age_fields, data["ages"], strict=True))
        page = YearlyReportPage(
            title=data["title"],
            slug=str(data["year"]),
            year=data["year"],
            summary=data["summary"],
            interviews_planned=data["interviews_planned"],
            interviews_held=data["interviews_held"],
            seminar_date=data["seminar_date"],
            staff_experiences=data["staff_experiences"],
            **ages,
        )
        page.findings = [
            Finding(theme=themes[theme], children_said=said, general_finding=finding)
            for theme, said, finding in data["findings"]
        ]
        page.quotes = [
            Quote(theme=themes[theme], text=text, reviewed=True) for theme, text in data["quotes"]
        ]
        index.add_child(instance=page)
        page.save_revision().publish()
    return {(page.year, finding.theme.name): finding for finding in page.findings.all()}


def load_improvement(data, findings, themes):
    if Improvement.objects.filter(title=data["title"]).exists():
        return
    finding = findings[data["finding"]]
    (first_status, first_day), *later = data["history"]
    words = CHILD_WORDS.get(data["title"])
    child = {}
    if words:
        child = {
            "child_title_5_8": words[YOUNG][0],
            "child_summary_5_8": words[YOUNG][1],
            "child_title": words[MIDDLE][0],
            "child_title_13_18": words[TEEN][0],
            "child_summary_13_18": words[TEEN][1],
        }
    improvement = Improvement(
        **child,
        title=data["title"],
        description=data["description"],
        child_summary=data["child_summary"],
        show_to_children=data["show"],
        origin=data.get("origin", "finding"),
        finding=finding,
        responsible=data["responsible"],
        planned_date=data.get("planned"),
        status=first_status,
    )
    improvement.status_change_by(on=first_day)
    improvement.save()
    improvement.themes.add(finding.theme)
    for status, day in later:
        improvement.change_status(status, on=day)
    if data.get("responses_with"):
        improvement.responses.add(
            *FeedbackResponse.objects.filter(better_text__startswith=data["responses_with"])
        )
    improvement.save_revision()
