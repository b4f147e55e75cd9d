"""Recognizers: find spans (dates, places and organizations, officials) in a Document."""
