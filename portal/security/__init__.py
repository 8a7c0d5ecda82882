"""Security and privacy infrastructure shared by every product of the portal.

- ``headers``: Content-Security-Policy (public and admin), Permissions-Policy and the
  same-origin referrer rule for pages with a CSRF-protected form.
- ``client_address``: the client's address from trusted proxies only, kept only as a hash.
- ``counters`` and ``locked_file_cache``: atomic counters in a cache of their own.
- ``login_lockout`` and ``login_unlock``: login protection against password guessing and the
  superuser's unlock view.
- ``log_privacy``: no client address in any log line.
- ``roles``: the three groups and the helpers data migrations use to grant permissions.

This package imports nothing itself: gunicorn's master loads ``log_privacy`` before Django,
and migrations import ``roles``.
"""
