"""Admin viewsets of the feedback app, one module per area; wagtail_hooks.py imports them."""
