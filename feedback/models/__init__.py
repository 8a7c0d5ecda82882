"""The feedback app's models, which Django loads from here: the children's answers in this
package, the internal section's from ``feedback.internal`` and "Ni sa – vi gjorde" from
``feedback.what_happened``, imported here so that ``feedback.models.X`` finds them all."""

from feedback.answers.danger_words import DangerWord
from feedback.answers.page import FeedbackPage
from feedback.internal.improvements import (
    CHILD_STATUS_LABELS,
    Improvement,
    ImprovementStatus,
    ImprovementTheme,
    Origin,
    StatusChange,
)
from feedback.internal.matrix import Finding, Quote
from feedback.internal.section import InternalIndexPage
from feedback.internal.yearly_report import YearlyReportPage
from feedback.what_happened.page import WhatHappenedPage

from .responses import (
    CORE_QUESTIONS,
    EARLIER_SCALE_FIELDS,
    YES_NO_FIELDS,
    ContactKind,
    ExtraAnswer,
    ExtraQuestion,
    FeedbackResponse,
    Rating,
    ResponseTheme,
    Status,
    YesNo,
)
from .themes import MODEL_THEMES, Theme, themes_in_scope

__all__ = [
    "CHILD_STATUS_LABELS",
    "Finding",
    "Improvement",
    "ImprovementStatus",
    "ImprovementTheme",
    "InternalIndexPage",
    "Origin",
    "Quote",
    "StatusChange",
    "WhatHappenedPage",
    "YearlyReportPage",
    "CORE_QUESTIONS",
    "EARLIER_SCALE_FIELDS",
    "YES_NO_FIELDS",
    "YesNo",
    "ContactKind",
    "DangerWord",
    "ExtraAnswer",
    "ExtraQuestion",
    "FeedbackPage",
    "FeedbackResponse",
    "MODEL_THEMES",
    "Rating",
    "ResponseTheme",
    "Status",
    "Theme",
    "themes_in_scope",
]
