"""Factories that build the test data a behaviour test needs, one module per app.

Tests of behaviour build their own objects here: the test database holds only what the
migrations make (the default site and its home page, the groups, the first municipality);
only tests/demo/ (the ``demo_content`` fixture) and the browser tests see the demo.
factory-boy and wagtail-factories, as in foundation.mozilla.org's per-app ``factory/``
packages:

- ``users``: a person in each group (Redaktörer, Handläggare, Politiker);
- ``home``: the home page (the default site's root, made by a migration), its English
  translation, new home pages;
- ``child_info``: information pages with a version per age band, situations, the glossary;
- ``feedback``: themes, the feedback form page, children's answers, 'Ni sa – vi gjorde';
- ``internal``: the internal section, yearly reports with findings and quotes, improvements
  with their status history.
"""

from .child_info import (
    ChildInfoIndexPageFactory,
    ChildInfoPageFactory,
    GlossaryPageFactory,
    GlossaryTermFactory,
    SituationFactory,
    child_info_index,
    glossary_page,
)
from .feedback import (
    FeedbackPageFactory,
    FeedbackResponseFactory,
    ThemeFactory,
    WhatHappenedPageFactory,
    what_happened_page,
)
from .home import HomePageFactory, english_home, home_page
from .internal import (
    FindingFactory,
    ImprovementFactory,
    InternalIndexPageFactory,
    QuoteFactory,
    YearlyReportPageFactory,
    internal_section,
)
from .users import PASSWORD, EditorFactory, PoliticianFactory, StaffFactory, UserFactory

__all__ = [
    "PASSWORD",
    "ChildInfoIndexPageFactory",
    "ChildInfoPageFactory",
    "EditorFactory",
    "FeedbackPageFactory",
    "FeedbackResponseFactory",
    "FindingFactory",
    "GlossaryPageFactory",
    "GlossaryTermFactory",
    "HomePageFactory",
    "ImprovementFactory",
    "InternalIndexPageFactory",
    "PoliticianFactory",
    "QuoteFactory",
    "SituationFactory",
    "StaffFactory",
    "ThemeFactory",
    "UserFactory",
    "WhatHappenedPageFactory",
    "YearlyReportPageFactory",
    "child_info_index",
    "english_home",
    "glossary_page",
    "home_page",
    "internal_section",
    "what_happened_page",
]
