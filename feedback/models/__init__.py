from .themes import MODEL_THEMES, Theme

__all__ = ["MODEL_THEMES", "Theme"]
