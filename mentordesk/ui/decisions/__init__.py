"""The decision log: editor, review thread and revision history."""
