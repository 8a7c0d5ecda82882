"""Admin for anonymous feedback responses (group Handläggare)."""
