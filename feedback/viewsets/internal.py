"""Admin for the internal section: improvements and yearly findings."""
