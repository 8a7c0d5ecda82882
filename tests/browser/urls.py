"""URLs of the portal the browser tests serve: the portal's own, plus uploaded media.

DEBUG is off there (as in production), so Django does not add /media/ by itself; the demo
content's illustrations must load for the screenshots and the axe checks of images.
"""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from portal.urls import urlpatterns as portal_urlpatterns

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *portal_urlpatterns,
]
