"""Patterns compiled for ``match()`` at a position, at a cost that does not grow with the text.

When a pattern holds a literal every match must contain (the ``with`` of ``\\s+with\\s``),
the ``regex`` module first looks for that literal from the position to the end of the
text, and fails at once when it is absent. For ``search()`` that is a good filter; for
``match()`` at one position it makes every call cost time in proportion to the rest of
the text: a few hundred such calls over a long article without a colon, say, become
quadratic. One more alternative that can never match, ``(?!)``, turns the filter off and
changes no match.
"""

from __future__ import annotations

import regex

__all__ = ["anchored"]


def anchored(source: str, flags: int = 0) -> regex.Pattern[str]:
    """Compile ``source`` (with ``flags``) for ``match()`` and ``fullmatch()`` at a position.

    The pattern finds exactly what ``regex.compile(source, flags)`` finds; its groups
    keep their numbers and names. Use it for the small patterns that read what follows
    or precedes a hit, not for ``search()`` (which the literal filter speeds up).

    >>> with_next = anchored(r"\\s+with\\s", regex.IGNORECASE)
    >>> with_next.match("talks With  him", 5).group()
    ' With '
    >>> with_next.match("talks about him", 5) is None
    True
    """
    return regex.compile(f"(?:{source}|(?!))", flags)
