"""A file cache whose writes are atomic across processes, for the ``counters`` alias.

Django's ``FileBasedCache`` writes each entry atomically (a temporary file moved into place),
but ``add`` is "has_key, then set" and ``incr`` is "get, then set": two gunicorn workers can
both see a key missing, or both read 4 and write 5, so a limit of 5 lets more through. Its
``incr`` also rewrites the entry with the default timeout, so a counter's window would
restart with every count. Here every write runs under one exclusive ``fcntl.flock`` on a lock
file in the cache directory, and ``incr`` keeps the entry's expiry. Used by production for
the counters when there is no Redis (one machine, several workers).
"""

import fcntl
import os
import pickle
import tempfile
import time
import zlib
from contextlib import contextmanager

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.files.move import file_move_safe

LOCK_NAME = "counters.lock"  # not *.djcache, so clear() and culling leave it alone


class LockedFileBasedCache(FileBasedCache):
    @contextmanager
    def _locked(self):
        self._createdir()
        with open(os.path.join(self._dir, LOCK_NAME), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with self._locked():
            super().set(key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with self._locked():
            if self.has_key(key, version):
                return False
            super().set(key, value, timeout, version)
            return True

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        with self._locked():
            return super().touch(key, timeout, version)

    def incr(self, key, delta=1, version=None):
        fname = self._key_to_file(key, version)
        with self._locked():
            try:
                with open(fname, "rb") as f:
                    expiry = pickle.load(f)  # noqa: S301 - our own cache files, as Django's
                    value = pickle.loads(zlib.decompress(f.read()))  # noqa: S301
            except (FileNotFoundError, EOFError):
                raise ValueError(f"Key '{key}' not found") from None
            if expiry is not None and expiry < time.time():
                self._delete(fname)
                raise ValueError(f"Key '{key}' not found")
            value += delta
            self._replace(fname, expiry, value)
            return value

    def _replace(self, fname, expiry, value):
        """Write the entry anew with the expiry it had (``set`` would take a new timeout)."""
        fd, tmp_path = tempfile.mkstemp(dir=self._dir)
        try:
            with open(fd, "wb") as f:
                f.write(pickle.dumps(expiry, self.pickle_protocol))
                f.write(zlib.compress(pickle.dumps(value, self.pickle_protocol)))
            file_move_safe(tmp_path, fname, allow_overwrite=True)
        except BaseException:
            if os.path.exists(tmp_path):
                os.remove(tmp_path)
            raise
