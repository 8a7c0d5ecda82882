"""Demo feedback: the feedback page and a spread of anonymous responses."""


def load(stdout=None):
    pass
