"""The eval harness: scores any extractor against hand-labelled gold answers."""
