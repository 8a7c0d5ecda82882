"""Register the feedback app's admin: each module under viewsets/ registers its own."""

from .viewsets import internal, responses  # noqa: F401
