"""HTML view of an article with its records highlighted (see ``Article.to_html``)."""

from __future__ import annotations

import html

from diplotext.records import Article

__all__ = ["render_html"]


def render_html(article: Article) -> str:
    """A self-contained HTML page of ``article`` (work in progress: text only)."""
    body = html.escape(article.text)
    head = "<!DOCTYPE html>\n<html><head><meta charset='utf-8'></head>"
    return f"{head}<body><pre>{body}</pre></body></html>\n"
