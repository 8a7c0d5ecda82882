"""The feedback app's demo content; each part is idempotent."""


def load(stdout=None):
    pass
