"""gunicorn for Barnens röst: `gunicorn -c gunicorn.conf.py portal.wsgi`.

No client address reaches a log: there is no access log unless GUNICORN_ACCESS_LOG names a
file (or "-"), and its format has no address (no %(h)s, no X-Forwarded-For); every error and
access log line passes through portal.security.log_privacy.GunicornLogger, which replaces addresses
with "[adress]" (gunicorn logs "Invalid request from ip=…" for malformed requests).
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
control_socket_disable = True

logger_class = "portal.security.log_privacy.GunicornLogger"
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
access_log_format = '%(t)s "%(r)s" %(s)s %(b)s %(L)s'
