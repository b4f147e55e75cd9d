"""HTML view of an article with its records highlighted (see ``Article.to_html``).

:func:`render_html` builds ONE self-contained page: inline CSS only, no script,
no external asset, and a Content-Security-Policy that forbids loading
anything. It shows

* the original text, paragraph by paragraph and line by line, with the roles
  the text layer gave each line (headline, heading, dateline, byline, dimmed
  boilerplate);
* every mention highlighted by kind (date, country, organization, official,
  event evidence, topic evidence) as a ``<mark>`` whose ``title`` (hover text)
  gives the normalized value, and a legend;
* tables of the officials, events, topics, countries, organizations and dates.

Mentions that overlap are rendered as properly nested elements: where two
spans cross, the inner one is closed at the boundary and reopened after it
(the later pieces carry ``data-cont="1"``). Each mention has a ``data-m``
identifier shared by its pieces and exactly one piece without ``data-cont``.
Removing every tag from the ``id="text"`` element and unescaping gives back
the article text, except that characters no HTML page can carry (lone UTF-16
surrogates, NUL) become U+FFFD; bidirectional controls (U+202A-U+202E,
U+2066-U+2069) are kept but isolated in a ``<bdi>`` of their own and shown as
their code point, so they cannot reorder the page around them.

>>> from diplotext.records import Article, Country, Mention
>>> text = "Georgia <b>"
>>> a = Article(countries=[Country("GE", "GEO", "Georgia", [Mention("Georgia", 0, 7)])], text=text)
>>> page = render_html(a)
>>> '<mark class="m m-country"' in page, "&lt;b&gt;" in page, "<b>" in page
(True, True, False)
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import regex

from diplotext._version import __version__
from diplotext.records import Article, Mention, Official
from diplotext.resources.loader import read_text
from diplotext.text import Document, segment

__all__ = ["KINDS", "render_html"]

#: The kinds of highlight, in legend order, with their legend labels.
KINDS: tuple[tuple[str, str], ...] = (
    ("date", "date"),
    ("country", "country"),
    ("organization", "organization"),
    ("official", "official"),
    ("event", "event evidence"),
    ("topic", "topic evidence"),
)

# Same span, several kinds: the lower rank is the outer element.
_RANK = {"event": 0, "topic": 1, "official": 2, "organization": 3, "country": 4, "date": 5}

# The roles of text-layer segments that get a label of their own ("body" gets none).
_ROLE_LABELS = {
    "headline": "headline",
    "heading": "section heading",
    "dateline": "dateline",
    "byline": "byline",
    "boilerplate": "boilerplate (site furniture, dimmed)",
}

# Characters that need more than html.escape in text content:
# markup characters, CR (HTML parsers turn a raw CR into LF), NUL and lone
# surrogates (no page can carry them) and the bidi embedding/override/isolate
# controls (kept, but isolated so they cannot reorder the rest of the line).
_SPECIAL = regex.compile(r"[&<>\"'\r\x00\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# The same set in values (tooltips, table cells), which need not round-trip.
_VALUE_SPECIAL = regex.compile(r"[&<>\"'\x00\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}

_EVIDENCE_CHARS = 160  # longest evidence excerpt shown in a table cell
_FORMS_SHOWN = 12  # most distinct written forms listed in a table cell


class _Span(NamedTuple):
    """One highlighted mention: ``[start, end)`` of the text and its markup."""

    start: int
    end: int
    rank: int
    seq: int  # order of collection: the tie-breaker that keeps output deterministic
    kind: str
    ref: str  # the id of the record's table row
    title: str  # hover text
    label: str  # short tag shown after the mention ("" for none)
    extra: str  # extra CSS class ("" for none)
    tags: tuple[str, str] = ("", "")  # opening tags of the first piece and of later pieces


def _text_char(m: regex.Match[str]) -> str:
    c = m.group()
    if c in _ESCAPES:
        return _ESCAPES[c]
    if c == "\r":
        return "&#13;"
    if c in _BIDI:
        cp = f"U+{ord(c):04X}"
        return f'<bdi class="ctl" data-cp="{cp}" title="bidirectional control {cp}">{c}</bdi>'
    return "\ufffd"  # NUL, lone surrogate


def _value_char(m: regex.Match[str]) -> str:
    c = m.group()
    if c in _ESCAPES:
        return _ESCAPES[c]
    if c in _BIDI:
        return f"[U+{ord(c):04X}]"
    return "\ufffd"


def _esc_text(s: str) -> str:
    """Escape a piece of article text for an element's content (round-trips)."""
    return _SPECIAL.sub(_text_char, s)


def _esc(value: object) -> str:
    """Escape a value for an attribute or a table cell (``None`` shows as an empty cell).

    >>> _esc('"onmouseover=alert(1) <x>')
    '&quot;onmouseover=alert(1) &lt;x&gt;'
    """
    if value is None:
        return ""
    return _VALUE_SPECIAL.sub(_value_char, str(value))


@functools.cache
def _css() -> str:
    css = read_text("render.css")
    # The stylesheet is ours, but never let it close the <style> element.
    return css.replace("</", "<\\/")


def _words(code: str) -> str:
    """``foreign_minister`` -> ``foreign minister``."""
    return code.replace("_", " ")


def _official_affiliation(o: Official, country_names: dict[str, str]) -> str:
    parts = [_country_cell(o.country, country_names)] if o.country else []
    if o.organization:
        parts.append(o.organization)
    return ", ".join(parts)


def _country_cell(alpha2: str | None, country_names: dict[str, str]) -> str:
    if not alpha2:
        return ""
    name = country_names.get(alpha2)
    return f"{alpha2} ({name})" if name else alpha2


class _Collected(NamedTuple):
    spans: list[_Span]
    outside: int  # mentions whose offsets do not fit the text
    mismatched: int  # mentions whose text differs from text[start:end]


def _collect(article: Article) -> _Collected:
    """Every mention of every record as a :class:`_Span`, in record order."""
    n = len(article.text)
    text = article.text
    spans: list[_Span] = []
    seen: set[tuple[int, int, str, str, str]] = set()
    outside = mismatched = 0

    def add(
        start: int,
        end: int,
        kind: str,
        ref: str,
        title: str,
        label: str = "",
        extra: str = "",
        written: str | None = None,
    ) -> None:
        nonlocal outside, mismatched
        if not (0 <= start < end <= n):
            outside += 1
            return
        if written is not None and text[start:end] != written:
            mismatched += 1
        key = (start, end, kind, ref, title)
        if key in seen:  # the same record listing the same span twice
            return
        seen.add(key)
        seq = len(spans)
        tags = (_open_tag(seq, kind, ref, title, label, extra, False),
                _open_tag(seq, kind, ref, title, label, extra, True))  # fmt: skip
        spans.append(_Span(start, end, _RANK[kind], seq, kind, ref, title, label, extra, tags))

    p = article.published
    if p is not None:
        title = f"publication date: {p.value}"
        add(p.start, p.end, "date", "published", title, p.value, "m-published", p.text)
    for i, d in enumerate(article.dates, 1):
        title = f"date: {d.value} ({d.granularity})"
        add(d.start, d.end, "date", f"date-{i}", title, d.value, written=d.text)
    country_names: dict[str, str] = {}
    for i, c in enumerate(article.countries, 1):
        country_names.setdefault(c.alpha2, c.name)
        for m in c.mentions:
            form = f" [{m.form}]" if m.form else ""
            title = f"country: {c.alpha2} / {c.alpha3} {c.name}{form}"
            add(m.start, m.end, "country", f"country-{i}", title, c.alpha2, written=m.text)
    for i, org in enumerate(article.organizations, 1):
        acronym = f" ({org.acronym})" if org.acronym else ""
        for m in org.mentions:
            form = f" [{m.form}]" if m.form else ""
            title = f"organization: {org.name}{acronym}{form}"
            ref = f"organization-{i}"
            label = org.acronym or "org"
            add(m.start, m.end, "organization", ref, title, label, written=m.text)
    for i, o in enumerate(article.officials, 1):
        where = _official_affiliation(o, country_names)
        role = _words(o.role) + (f" of {where}" if where else "")
        title = f"official: {o.name} - {role}" + (f"; title: {o.title}" if o.title else "")
        label = _words(o.role) + (f" · {o.country}" if o.country else "")
        for m in o.mentions:
            add(m.start, m.end, "official", f"official-{i}", title, label, written=m.text)
    for i, e in enumerate(article.events, 1):
        title = "event: " + _event_summary(e.type, e.status, e.date, e.location, e.participants)
        add(e.start, e.end, "event", f"event-{i}", title)
    for i, t in enumerate(article.topics, 1):
        title = f"topic: {t.label} (score {t.score:.2f})"
        for m in t.evidence:
            add(m.start, m.end, "topic", f"topic-{i}", title, written=m.text)
    return _Collected(spans, outside, mismatched)


def _event_summary(
    kind: str, status: str, date: str | None, location: str | None, who: Iterable[str]
) -> str:
    return (
        f"{_words(kind)} ({status}), {date or 'date unknown'}, {location or 'place unknown'}: "
        + " + ".join(who)
    )


def _open_tag(seq: int, kind: str, ref: str, title: str, label: str, extra: str, cont: bool) -> str:
    """The ``<mark>`` opening a piece of mention number ``seq``."""
    cls = f"m m-{kind}" + (f" {extra}" if extra else "") + (" m-cont" if cont else "")
    attrs = (
        f'<mark class="{cls}" data-kind="{kind}" data-m="m{seq}" '
        f'data-ref="{ref}" title="{_esc_cached(title)}"'
    )
    if cont:
        attrs += ' data-cont="1"'
    elif label:
        attrs += f' data-label="{_esc_cached(label)}"'
    return attrs + ">"


@functools.lru_cache(maxsize=1024)
def _esc_cached(value: str) -> str:
    """:func:`_esc` for the titles and labels every mention of a record repeats."""
    return _esc(value)


class _Piece(NamedTuple):
    start: int
    end: int
    span: _Span
    cont: bool


def _render_region(text: str, start: int, end: int, pieces: list[_Piece], out: list[str]) -> None:
    """Append the markup of ``text[start:end]`` with ``pieces`` (all inside it) nested properly."""
    if not pieces:
        out.append(_esc_text(text[start:end]))
        return
    # Outer first: earlier start, then longer, then kind rank, then collection order.
    pieces.sort(key=lambda p: (p.start, -p.end, p.span.rank, p.span.seq))
    points = sorted({p.start for p in pieces} | {p.end for p in pieces})
    stack: list[tuple[int, _Span]] = []  # open elements: (end of this piece, span)
    pos = start
    i = 0
    for point in points:
        if point > pos:
            out.append(_esc_text(text[pos:point]))
            pos = point
        # Close what ends here; what was opened inside it and goes on is closed
        # too and reopened right after, so the markup stays properly nested.
        low = next((k for k, (e, _) in enumerate(stack) if e == point), None)
        if low is not None:
            survivors = [(e, s) for e, s in stack[low:] if e != point]
            out.append("</mark>" * (len(stack) - low))
            del stack[low:]
            survivors.sort(key=lambda es: (-es[0], es[1].rank, es[1].seq))
            for e, s in survivors:
                out.append(s.tags[1])
                stack.append((e, s))
        while i < len(pieces) and pieces[i].start == point:
            p = pieces[i]
            out.append(p.span.tags[p.cont])
            stack.append((p.end, p.span))
            i += 1
    if end > pos:
        out.append(_esc_text(text[pos:end]))
    out.append("</mark>" * len(stack))


class _Region(NamedTuple):
    start: int
    end: int
    role: str | None  # None: the blank text between segments
    paragraph: int


def _regions(doc: Document) -> Iterator[_Region]:
    """The segments of the text layer and the gaps between them, covering all of the text."""
    text = doc.text
    pos = 0
    for seg in doc.segments:
        if seg.start > pos:
            yield _Region(pos, seg.start, None, seg.paragraph)
        yield _Region(seg.start, seg.end, seg.role, seg.paragraph)
        pos = seg.end
    if pos < len(text):
        yield _Region(pos, len(text), None, -1)


def _render_text(doc: Document, spans: list[_Span]) -> str:
    """The markup of the whole text: paragraphs of line segments, mentions nested inside."""
    text = doc.text
    order = sorted(spans, key=lambda s: (s.start, s.seq))
    out: list[str] = []
    carry: list[_Span] = []  # spans that began in an earlier region and go on
    j = 0
    paragraph: int | None = None
    for region in _regions(doc):
        a, b = region.start, region.end
        active = [s for s in carry if s.end > a]
        while j < len(order) and order[j].start < b:
            active.append(order[j])
            j += 1
        carry = [s for s in active if s.end > b]
        pieces = [_Piece(max(s.start, a), min(s.end, b), s, s.start < a) for s in active]
        if region.role is None:
            # Blank text between lines (inside a paragraph) or between paragraphs.
            if region.paragraph != paragraph and paragraph is not None:
                out.append("</div>")
                paragraph = None
            _render_region(text, a, b, pieces, out)
            continue
        if region.paragraph != paragraph:
            if paragraph is not None:
                out.append("</div>")
            out.append(f'<div class="para" data-paragraph="{region.paragraph}">')
            paragraph = region.paragraph
        role = region.role
        label = _ROLE_LABELS.get(role)
        extra = f' title="{label}"' if label else ""
        if role in ("headline", "heading"):
            extra += ' role="heading" aria-level="2"'
        out.append(f'<div class="seg seg-{role}" data-role="{role}"{extra}>')
        _render_region(text, a, b, pieces, out)
        out.append("</div>")
    if paragraph is not None:
        out.append("</div>")
    return "".join(out)


def _table(
    caption: str, anchor: str, head: Iterable[str], rows: list[tuple[str, list[str]]]
) -> str:
    """A table; ``rows`` are (row id, already escaped cells)."""
    out = [f'<section class="records-part" id="{anchor}"><h2>{caption} ({len(rows)})</h2>']
    if not rows:
        out.append('<p class="none">none found</p></section>')
        return "".join(out)
    out.append("<table><thead><tr>")
    out.extend(f'<th scope="col">{h}</th>' for h in head)
    out.append("</tr></thead><tbody>")
    for row_id, cells in rows:
        out.append(f'<tr id="{row_id}">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    out.append("</tbody></table></section>")
    return "".join(out)


def _excerpt(text: str, start: int, end: int) -> str:
    if not (0 <= start < end <= len(text)):
        return ""
    piece = text[start : min(end, start + _EVIDENCE_CHARS + 1)]
    if end - start > _EVIDENCE_CHARS:
        piece = piece[: _EVIDENCE_CHARS - 1] + "…"
    return _esc(" ".join(piece.split()))


def _forms(mentions: Iterable[Mention]) -> str:
    """The distinct written forms, each cut short, at most :data:`_FORMS_SHOWN` of them."""
    seen: dict[str, None] = {}
    more = 0
    for m in mentions:
        form = " ".join(m.text[: _EVIDENCE_CHARS + 1].split())
        if len(form) > _EVIDENCE_CHARS:
            form = form[: _EVIDENCE_CHARS - 1] + "…"
        if form in seen:
            continue
        if len(seen) < _FORMS_SHOWN:
            seen[form] = None
        else:
            more += 1
    return _esc(", ".join(seen) + (f" (+{more} more)" if more else ""))


def _tables(article: Article) -> str:
    a = article
    text = a.text
    country_names = {c.alpha2: c.name for c in reversed(a.countries)}
    parts = []
    rows = [
        (
            f"official-{i}",
            [
                _esc(o.name)
                + (f'<div class="sub">{_esc(", ".join(o.aliases))}</div>' if o.aliases else ""),
                _esc(o.title),
                _esc(_words(o.role)),
                _esc(_country_cell(o.country, country_names))
                + (f'<div class="sub">{_esc(o.organization)}</div>' if o.organization else ""),
                str(len(o.mentions)),
            ],
        )
        for i, o in enumerate(a.officials, 1)
    ]
    head: tuple[str, ...] = ("name / also written", "title", "role", "country / body", "mentions")
    parts.append(_table("Officials", "officials", head, rows))
    rows = [
        (
            f"event-{i}",
            [
                _esc(_words(e.type))
                + f'<div class="sub">{_esc(e.status)}</div>'
                + (f'<div class="sub">CAMEO {_esc(e.cameo)}</div>' if e.cameo else "")
                + (
                    f'<div class="sub">PLOVER {_esc(e.plover)}/{_esc(e.plover_mode or "")}</div>'
                    if e.plover
                    else ""
                ),
                "<br>".join(_esc(p) for p in e.participants),
                _esc(e.date),
                _esc(e.location),
                "<br>".join(_esc(_words(t)) for t in e.topics),
                _excerpt(text, e.start, e.end),
            ],
        )
        for i, e in enumerate(a.events, 1)
    ]
    head = ("type / status", "participants", "date", "place", "topics", "evidence")
    parts.append(_table("Events", "events", head, rows))
    rows = [
        (
            f"topic-{i}",
            [_esc(t.label), f"{t.score:.2f}", _forms(t.evidence)],
        )
        for i, t in enumerate(a.topics, 1)
    ]
    parts.append(_table("Topics", "topics", ("label", "score", "evidence"), rows))
    rows = [
        (
            f"country-{i}",
            [_esc(c.alpha2), _esc(c.alpha3), _esc(c.name), _forms(c.mentions)],
        )
        for i, c in enumerate(a.countries, 1)
    ]
    head = ("alpha-2", "alpha-3", "name", "written as")
    parts.append(_table("Countries", "countries", head, rows))
    rows = [
        (
            f"organization-{i}",
            [_esc(o.name), _esc(o.acronym), _esc(", ".join(o.aliases)), _forms(o.mentions)],
        )
        for i, o in enumerate(a.organizations, 1)
    ]
    head = ("name", "acronym", "aliases", "written as")
    parts.append(_table("Organizations", "organizations", head, rows))
    date_rows = []
    if a.published is not None:
        p = a.published
        date_rows.append(("published", [_esc(p.text), _esc(p.value), "publication"]))
    date_rows.extend(
        (f"date-{i}", [_esc(d.text), _esc(d.value), _esc(d.granularity)])
        for i, d in enumerate(a.dates, 1)
    )
    parts.append(_table("Dates", "dates", ("as written", "value", "granularity"), date_rows))
    return "".join(parts)


def _legend(spans: list[_Span]) -> str:
    counts: dict[str, int] = {}
    for s in spans:
        counts[s.kind] = counts.get(s.kind, 0) + 1
    keys = "".join(
        f'<li><span class="key key-{kind}">{label}</span> <span class="count">'
        f"{counts.get(kind, 0)}</span></li>"
        for kind, label in KINDS
    )
    roles = "".join(
        f'<li><span class="key key-role seg-{role}">{role}</span></li>' for role in _ROLE_LABELS
    )
    return (
        '<nav class="legend" aria-label="legend"><ul class="kinds">'
        f"{keys}</ul>"
        f'<ul class="roles">{roles}</ul>'
        "<p>Hover a highlight for its normalized value; the tables list the records.</p></nav>"
    )


def _page_title(doc: Document) -> str:
    """The headline line with the most words (a site name often comes first), or "Article"."""
    best = ""
    for seg in doc.segments:
        if seg.role == "headline":
            line = " ".join(doc.text[seg.start : seg.end].split())
            if len(line.split()) > len(best.split()):
                best = line
        elif seg.role == "body":
            break
    return best[:200] or "Article"


def render_html(article: Article, *, title: str | None = None) -> str:
    """A self-contained HTML page of ``article``: highlighted text, legend and record tables.

    ``title`` names the page (default: the article's first headline line).

    >>> from diplotext.records import Article, DateMention
    >>> text = "Talks on May 5."
    >>> page = render_html(Article(dates=[DateMention("May 5", 9, 14, "2025-05-05", "day")],
    ...                            text=text))
    >>> page.startswith("<!DOCTYPE html>"), 'title="date: 2025-05-05 (day)"' in page
    (True, True)
    """
    doc = segment(article.text)
    collected = _collect(article)
    page_title = title if title is not None else _page_title(doc)
    notes = []
    if collected.outside:
        notes.append(f"{collected.outside} mention(s) lie outside the text and are not shown.")
    if collected.mismatched:
        notes.append(
            f"{collected.mismatched} mention(s) do not match the text at their offsets "
            "(highlighted by offset)."
        )
    published = (
        f" · published {_esc(article.published.value)}" if article.published is not None else ""
    )
    summary = (
        f"{len(article.officials)} officials · {len(article.events)} events · "
        f"{len(article.topics)} topics · {len(article.countries)} countries · "
        f"{len(article.organizations)} organizations · {len(article.dates)} dates{published}"
    )
    note_html = "".join(f'<p class="note">{_esc(n)}</p>' for n in notes)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="diplotext {__version__}">\n'
        f"<title>{_esc(page_title)} - diplotext</title>\n"
        f"<style>\n{_css()}</style>\n</head>\n<body>\n"
        f'<header><h1>{_esc(page_title)}</h1><p class="summary">{summary}</p>{note_html}</header>\n'
        f"{_legend(collected.spans)}\n"
        '<main class="layout">\n'
        f'<article id="text" class="text">{_render_text(doc, collected.spans)}</article>\n'
        f'<aside class="records">{_tables(article)}</aside>\n'
        "</main>\n"
        f"<footer>Rendered by diplotext {__version__}. Offsets index the original text; "
        "nothing on this page loads from the network or runs a script.</footer>\n"
        "</body>\n</html>\n"
    )
