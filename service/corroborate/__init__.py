"""Corroboration: the facts of several articles grouped across outlets (docs/corroboration.md)."""
