"""The reviewer sees the editor's verdict before approving.

On a page with age versions (one that gives ``readability_reports``) both review actions,
"Godkänn" and "Begär ändringar", open Wagtail's workflow action dialog, and the dialog shows
each version's LIX against its target and every hard sentence, in the LIX panel's words, of the
revision under review (the task state's revision, not the live page). "Godkänn med kommentar"
is dropped there: the dialog already has the comment field. Used by ``home.review``.
"""

DIALOG_TEMPLATE = "child_info/readability/review_dialog.html"


def shows_verdict(obj) -> bool:
    """Is ``obj`` (a page, specific or not, or any reviewed object) one with age versions?"""
    model = getattr(obj, "specific_class", None) or type(obj)
    return hasattr(model, "readability_reports")


def with_dialog(actions):
    """Wagtail's ``(name, label, needs_dialog)`` actions, each name once and with the dialog.

    The first label of a name is kept ("Godkänn", not "Godkänn med kommentar").
    """
    names = set()
    result = []
    for name, label, _dialog in actions:
        if name not in names:
            names.add(name)
            result.append((name, label, True))
    return result
