"""diplotext: dates, officials, countries, organizations, events and topics from diplomatic news.

>>> import diplotext
>>> article = diplotext.parse_article("")
>>> article.to_dict()["events"]
[]
"""

from diplotext._version import __version__
from diplotext.errors import DiplotextError, GazetteerError, GrammarError, InputTooLargeError
from diplotext.parser import DEFAULT_MAX_CHARS, Parser, parse_article
from diplotext.records import (
    Article,
    Country,
    DateMention,
    Event,
    Mention,
    Official,
    Organization,
    ParseFailure,
    Topic,
)
from diplotext.schema import schema

__all__ = [
    "DEFAULT_MAX_CHARS",
    "Article",
    "Country",
    "DateMention",
    "DiplotextError",
    "Event",
    "GazetteerError",
    "GrammarError",
    "InputTooLargeError",
    "Mention",
    "Official",
    "Organization",
    "ParseFailure",
    "Parser",
    "Topic",
    "__version__",
    "parse_article",
    "schema",
]
