"""A Griffe extension for the API reference: docstrings as the project writes them.

The package's docstrings are plain text with doctest examples (``>>>`` lines,
run by pytest) and reST roles (:class:`Parser`). In Markdown a ``>>>`` line is
a nested block quote and ``x["a"]`` looks like a link, so before mkdocstrings
renders a docstring this extension:

- wraps each doctest example (``>>>``/``...`` lines and the output up to the
  next blank line) in a fenced ``pycon`` code block;
- turns reST roles (:func:`~diplotext.parse_article`) and ``literals`` into
  code spans, and a reST "Example::" into "Example:" (the indented block after
  it is already a Markdown code block).

It lives in a hidden folder so that neither mkdocs (pages) nor pytest
(doctest modules) picks it up; mkdocs.yml loads it by path.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:func|class|meth|mod|data|attr|exc|obj):`~?([^`]+)`")
_DOUBLE_TICKS = re.compile(r"``([^`]+)``")


def markdown_docstring(text: str) -> str:
    """``text`` with doctest examples fenced and reST roles and ``literals`` as code spans."""
    out: list[str] = []
    in_example = False
    in_fence = False
    for line in text.splitlines():
        stripped = line.lstrip()
        if stripped.startswith("```"):
            in_fence = not in_fence
        if not in_fence and not in_example and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
            in_example = True
        elif in_example and not stripped:
            out.append(f"{indent}```")
            in_example = False
        if not in_example and not in_fence:
            line = _DOUBLE_TICKS.sub(r"`\1`", _ROLE.sub(r"`\1`", line))
            if line.endswith("::"):  # reST "Example::" before an indented literal block
                line = line[:-1]
        out.append(line)
    if in_example:
        out.append(f"{indent}```")
    return "\n".join(out)


class DoctestBlocks(griffe.Extension):
    """Rewrite every docstring with :func:`markdown_docstring` when it is loaded."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown_docstring(obj.docstring.value)
