"""Programme view: the figures a pairing publishes to its programme, signed, and never its text."""

HUB_URL_ENV = "MENTORDESK_HUB_URL"
"""Where a hub's address is read from when none is given (so a password need not be typed on a command
line or kept in a file)."""
