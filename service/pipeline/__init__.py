"""The pipeline's steps, in the order an article meets them (docs/architecture.md)."""
