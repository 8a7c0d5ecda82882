from .danger_words import DangerWord
from .feedback_page import FeedbackPage
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

__all__ = [
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
