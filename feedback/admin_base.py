"""What the feedback admin's viewsets share: closed choosers, single-page views whose menu item
only their users see, one base and one confirmation page for bulk actions, an inspect view in
plain Swedish."""

from django.contrib.auth.decorators import permission_required
from django.urls import URLPattern, path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.viewsets.base import ViewSet
from wagtail.fields import RichTextField
from wagtail.rich_text import RichText
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import InspectView


class StaffOnlyChooserViewSet(SnippetChooserViewSet):
    """Wagtail opens snippet choosers to every admin user; these need the view permission.

    Children's answers and the internal section must not be listed to Redaktörer.
    """

    def get_urlpatterns(self):
        meta = self.model._meta
        guard = permission_required(
            f"{meta.app_label}.view_{meta.model_name}", raise_exception=True
        )
        return [
            URLPattern(p.pattern, guard(p.callback), p.default_args, p.name)
            for p in super().get_urlpatterns()
        ]


class SinglePageViewSet(ViewSet):
    """A menu item with one admin page (``view_class``), shown only to those ``shown_to``
    lets in; the view itself still checks who may open it."""

    view_class = None

    def shown_to(self, user):
        raise NotImplementedError

    def get_view(self):
        return self.view_class.as_view()

    def get_urlpatterns(self):
        return [path("", self.get_view(), name="index")]

    def get_menu_item(self, order=None):
        item = super().get_menu_item(order)
        item.is_shown = lambda request: self.shown_to(request.user)
        return item


class ConfirmationTexts:
    """Mix into a SnippetBulkAction; set ``icon`` and override the texts for other items."""

    template_name = "feedback/admin/bulk_confirm.html"
    icon = "comment"
    # Before Wagtail's "Radera" (30), so the destructive action comes last in the bulk bar.
    action_priority = 20
    no_access_text = _("Du har inte behörighet att ändra de här svaren")

    def selection_text(self, count):
        return ngettext("%(count)d svar är valt.", "%(count)d svar är valda.", count) % {
            "count": count
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            icon=self.icon,
            no_access_text=self.no_access_text,
            selection_text=self.selection_text(len(context.get("items", []))),
        )
        return context


class FeedbackBulkAction(ConfirmationTexts, SnippetBulkAction):
    """A bulk action of the feedback admin, told by its attributes: who may run it
    (``permission``), which fields of its form reach ``execute_action`` (``form_fields``) and
    what it says when done (``success_message``, an ``ngettext_lazy`` counted by "count")."""

    permission = None
    form_fields = ()
    success_message = None

    def check_perm(self, obj):
        return self.request.user.has_perm(self.permission)

    def get_execution_context(self):
        return {name: self.cleaned_form.cleaned_data[name] for name in self.form_fields}

    def success_message_values(self, count):
        return {"count": count}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return self.success_message % self.success_message_values(num_parent_objects)


class PlainInspectView(InspectView):
    """Wagtail's inspect view shows ``True``, ``None`` and a rich text field's raw HTML:
    here booleans read Ja/Nej, an empty value a dash, and rich text is rendered."""

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if isinstance(field, RichTextField) and isinstance(value, str):
            return RichText(value)
        if isinstance(value, bool):
            return _("Ja") if value else _("Nej")
        if value is None or value == "":
            return "–"
        return value
