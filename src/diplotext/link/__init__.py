"""Linking: coreference of mentions and affiliations of officials."""
