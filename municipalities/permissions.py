"""Who may do what with a municipality: its model permissions, except that no one deletes one
(its children's answers, reports and improvements are the social welfare board's records)."""

from wagtail.permission_policies import ModelPermissionPolicy


class NeverDeletedPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action != "delete" and super().user_has_permission(user, action)


class SharedRowsPolicy(ModelPermissionPolicy):
    """For rows shared by every municipality (``SharedOrMunicipal``, e.g. the county's danger
    words and the model's four themes): everyone with the model permissions reads them; only
    a superuser changes or deletes them. A municipality's own rows follow the model permissions.
    """

    SHARED_ONLY_BY_SUPERUSERS = {"change", "delete"}

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if instance.municipality_id is None and not user.is_superuser:
            actions = [a for a in actions if a not in self.SHARED_ONLY_BY_SUPERUSERS]
        return any(self.user_has_permission(user, action) for action in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        if user.is_superuser or not set(actions) <= self.SHARED_ONLY_BY_SUPERUSERS:
            return instances
        return instances.exclude(municipality=None)
