"""Demo internal section: yearly findings, improvements and "Ni sa – vi gjorde"."""


def load(stdout=None):
    pass
