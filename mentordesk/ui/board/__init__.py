"""The plan board: column models, the card delegate, undo commands and the card editor."""
