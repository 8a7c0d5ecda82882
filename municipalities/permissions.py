"""Who may do what with a municipality: its model permissions, except that no one deletes one
(its children's answers, reports and improvements are the social welfare board's records)."""

from wagtail.permission_policies import ModelPermissionPolicy


class NeverDeletedPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action != "delete" and super().user_has_permission(user, action)
