"""Admin viewsets of the children's answers and what every admin area shares (``base``); the
internal section's are in ``feedback/internal/``. wagtail_hooks.py imports them."""
