"""Encrypted export and merge between the two sides of a pairing. Qt-free, like storage and services."""
