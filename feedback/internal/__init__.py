"""The internal section: yearly reports with their matrix, improvements, the politicians' pages,
and the admin that keeps them (for Handläggare). Who may see it is ``feedback.access``.

Kept free of imports: the models are loaded through ``feedback.models``."""
