"""The children's anonymous answers: the feedback page, the form and sending, personal data
removed from free text, danger-word matching, counts with the small-group rules, retention, the
answers' admin and summary. The answers' own models stay in ``feedback.models.responses``,
which migration 0008 imports.

Kept free of imports: the models are loaded through ``feedback.models``."""
