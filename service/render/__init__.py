"""Rendering an extraction or a story for people: the terminal and standalone HTML."""
