"""Sync in the window: identity and pairing cards, export and import, conflicts, the sync folder."""
