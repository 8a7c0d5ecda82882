"""The feedback app's demo content; each part is idempotent."""

from . import internal, responses


def load(stdout=None):
    responses.load(stdout)
    internal.load(stdout)
