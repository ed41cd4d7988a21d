"""Programme view: the figures a pairing publishes to its programme, signed, and never its text."""
