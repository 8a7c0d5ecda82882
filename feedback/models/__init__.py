from .danger_words import DangerWord
from .feedback_page import FeedbackPage
from .improvements import (
    CHILD_STATUS_LABELS,
    Improvement,
    ImprovementStatus,
    ImprovementTheme,
    Origin,
    StatusChange,
)
from .responses import (
    CORE_QUESTIONS,
    ContactKind,
    ExtraAnswer,
    ExtraQuestion,
    FeedbackResponse,
    Rating,
    ResponseTheme,
    Status,
)
from .themes import MODEL_THEMES, Theme
from .what_happened import WhatHappenedPage
from .yearly_report import Finding, InternalIndexPage, Quote, YearlyReportPage

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
]
