"""Resolvers: turn partial values found by recognizers into final ones (no regex here)."""
