"""The session editor and what the Sessions page needs beyond a list."""
