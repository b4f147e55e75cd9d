"""The JSON Schema (draft 2020-12) of the article JSON, shipped with the package.

It describes :meth:`diplotext.Article.to_dict` (and so ``to_json()`` and the
output of ``diplotext parse``): the keys, their types, the role, event-type and
topic vocabularies and the date value format. Validate stored output with any
JSON Schema validator, or print it with ``diplotext schema``.

>>> s = schema()
>>> s["$schema"]
'https://json-schema.org/draft/2020-12/schema'
>>> s["required"]
['published', 'dates', 'countries', 'organizations', 'officials', 'events', 'topics']
>>> s["$defs"]["event"]["properties"]["status"]["enum"]
['held', 'planned']
"""

from __future__ import annotations

import json
from typing import Any

from diplotext.resources.loader import read_text

__all__ = ["SCHEMA_FILE", "schema", "schema_text"]

#: The schema's file name inside the package's ``data`` folder.
SCHEMA_FILE = "article.schema.json"


def schema_text() -> str:
    """The schema as the JSON text shipped in the package."""
    return read_text(SCHEMA_FILE)


def schema() -> dict[str, Any]:
    """The JSON Schema of ``Article.to_dict()`` as a new dict (yours to modify).

    >>> schema()["$defs"]["official"]["properties"]["role"]["enum"][:3]
    ['head_of_state', 'head_of_government', 'foreign_minister']
    """
    loaded: dict[str, Any] = json.loads(schema_text())
    return loaded
