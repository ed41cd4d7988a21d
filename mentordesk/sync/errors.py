"""Why a bundle cannot be used."""

from __future__ import annotations


class BundleError(ValueError):
    """Why a bundle cannot be used. `reason` is one of: not-export, damaged, wrong-key, password-needed,
    hostile, newer, unknown-sender, own, other-pairing, invalid, unreadable (the file itself)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
