"""The HTML view: markup well-formed, every mention once, text preserved, nothing injectable."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplotext
from diplotext.records import (
    Article,
    Country,
    DateMention,
    Event,
    Mention,
    Official,
    Organization,
    Topic,
)
from diplotext.render import render_html

VOID = frozenset({"meta", "br", "hr", "img", "input", "link", "wbr"})
# Every element the page may contain: anything else would be injected markup.
ALLOWED_TAGS = frozenset(
    {
        "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "nav",
        "ul", "li", "span", "main", "article", "aside", "section", "div", "mark", "bdi",
        "table", "thead", "tbody", "tr", "th", "td", "br", "footer",
    }
)  # fmt: skip


@dataclass
class MarkInfo:
    kind: str
    ref: str
    title: str
    firsts: int = 0
    pieces: int = 0
    text: list[str] = field(default_factory=list)


class PageReader(HTMLParser):
    """Reads a rendered page: checks nesting, collects the text and every highlight."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []
        self.tags: set[str] = set()
        self.attr_names: set[str] = set()
        self.text: list[str] = []
        self.marks: dict[str, MarkInfo] = {}
        self.roles: list[tuple[str, str]] = []  # (role, text) of every line segment
        self._text_depth: int | None = None
        self._seg: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.add(tag)
        self.attr_names.update(k for k, _ in attrs)
        if tag in VOID:
            return
        self.stack.append((tag, a))
        if a.get("id") == "text":
            self._text_depth = len(self.stack)
        if self._text_depth is None:
            return
        if tag == "div" and "seg" in (a.get("class") or "").split():
            self._seg = []
            self.roles.append((str(a.get("data-role")), ""))
        if tag == "mark":
            mid = str(a["data-m"])
            info = self.marks.setdefault(
                mid, MarkInfo(str(a["data-kind"]), str(a["data-ref"]), str(a["title"]))
            )
            info.pieces += 1
            if "data-cont" not in a:
                info.firsts += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.errors.append(f"self-closing <{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            top = self.stack[-1][0] if self.stack else None
            self.errors.append(f"</{tag}> closes <{top}>")
            return
        if self._text_depth is not None and len(self.stack) == self._text_depth:
            self._text_depth = None
        if (
            tag == "div"
            and self._seg is not None
            and "seg" in (self.stack[-1][1].get("class") or "")
        ):
            role, _ = self.roles[-1]
            self.roles[-1] = (role, "".join(self._seg))
            self._seg = None
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self._text_depth is None:
            return
        self.text.append(data)
        if self._seg is not None:
            self._seg.append(data)
        for tag, a in self.stack:
            if tag == "mark":
                self.marks[str(a["data-m"])].text.append(data)

    def close(self) -> None:
        super().close()
        if self.stack:
            self.errors.append(f"unclosed: {[t for t, _ in self.stack]}")


def read_page(page: str) -> PageReader:
    r = PageReader()
    r.feed(page)
    r.close()
    assert r.errors == [], r.errors
    assert r.tags <= ALLOWED_TAGS, r.tags - ALLOWED_TAGS
    assert not [n for n in r.attr_names if n.startswith("on")], r.attr_names
    return r


def shown(text: str) -> str:
    """The text as the page can carry it: lone surrogates and NUL become U+FFFD."""
    return re.sub("[\x00\ud800-\udfff]", "\ufffd", text)


def text_element(page: str) -> str:
    """The inner markup of the <article id="text"> element."""
    m = re.search(r'<article id="text"[^>]*>(.*)</article>', page, re.S)
    assert m is not None
    return m.group(1)


def strip_tags(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", markup))


def check(article: Article) -> PageReader:
    """Every property the page must have, for any article with valid offsets."""
    page = render_html(article)
    page.encode("utf-8")  # no lone surrogate left
    r = read_page(page)
    assert "".join(r.text) == shown(article.text)
    assert strip_tags(text_element(page)) == shown(article.text)
    for info in r.marks.values():
        assert info.firsts == 1, info
    return r


def mention(text: str, phrase: str, nth: int = 0, form: str | None = None) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Mention(phrase, start, start + len(phrase), form)


def span_of(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


# --- a hand-made article with nested and crossing spans ----------------------

TEXT = (
    "Kyiv talks end with pledge\n"
    "\n"
    "June 3, 2025 10:15\n"
    "\n"
    "French President Emmanuel Macron held talks with Ukrainian President "
    "Volodymyr Zelensky in Kyiv on Tuesday, the Elysee said.\n"
    "\n"
    "Reconstruction\n"
    "\n"
    "Macron pledged support for the reconstruction of energy infrastructure and "
    "called on the European Union (EU) to speed up demining aid.\n"
    "\n"
    "Subscribe to our newsletter\n"
)


def hand_made() -> Article:
    t = TEXT
    ev_start, _ = span_of(t, "French President")
    _, ev_end = span_of(t, "on Tuesday")
    # Two topics' evidence crossing: "[reconstruction of {energy] infrastructure}".
    topic_start, topic_end = span_of(t, "reconstruction of energy")
    return Article(
        published=None,
        dates=[
            DateMention("June 3, 2025", *span_of(t, "June 3, 2025"), "2025-06-03", "day"),
            DateMention("on Tuesday", *span_of(t, "on Tuesday"), "2025-06-03", "day"),
        ],
        countries=[
            Country("FR", "FRA", "France", [mention(t, "French", form="demonym")]),
            Country("UA", "UKR", "Ukraine", [mention(t, "Ukrainian", form="demonym")]),
        ],
        organizations=[
            Organization(
                "European Union", "EU", (), [mention(t, "European Union"), mention(t, "EU")]
            )
        ],
        officials=[
            Official(
                "Emmanuel Macron",
                ("Macron",),
                "President",
                "head_of_state",
                "FR",
                None,
                # The title with its demonym, then the bare surname.
                [mention(t, "French President Emmanuel Macron"), mention(t, "Macron", 1)],
            ),
            Official(
                "Volodymyr Zelensky",
                (),
                "President",
                "head_of_state",
                "UA",
                None,
                [mention(t, "Volodymyr Zelensky")],
            ),
        ],
        events=[
            Event(
                "summit",
                ["Emmanuel Macron", "Volodymyr Zelensky"],
                "2025-06-03",
                "Kyiv",
                "held",
                ["reconstruction"],
                "040",
                ev_start,
                ev_end,
            )
        ],
        topics=[
            Topic(
                "reconstruction", 0.9, [Mention(t[topic_start:topic_end], topic_start, topic_end)]
            ),
            Topic("energy", 0.7, [mention(t, "energy infrastructure")]),
            Topic("demining", 0.6, [mention(t, "demining aid")]),
        ],
        text=t,
    )


def test_hand_made_article_renders_every_mention_once_with_its_text() -> None:
    article = hand_made()
    r = check(article)
    expected = []
    for c in article.countries:
        expected += [("country", m.text) for m in c.mentions]
    for o in article.organizations:
        expected += [("organization", m.text) for m in o.mentions]
    for off in article.officials:
        expected += [("official", m.text) for m in off.mentions]
    for topic in article.topics:
        expected += [("topic", m.text) for m in topic.evidence]
    expected += [("date", d.text) for d in article.dates]
    e = article.events[0]
    expected.append(("event", TEXT[e.start : e.end]))
    got = sorted((info.kind, "".join(info.text)) for info in r.marks.values())
    assert got == sorted(expected)


def test_demonym_inside_a_title_nests_without_a_split() -> None:
    page = render_html(hand_made())
    r = read_page(page)
    official = next(i for i in r.marks.values() if i.kind == "official" and i.pieces == 1)
    assert "".join(official.text) == "French President Emmanuel Macron"
    # The country mark sits inside the official mark, which sits inside the event mark.
    assert re.search(
        r'<mark class="m m-event"[^>]*><mark class="m m-official"[^>]*>'
        r'<mark class="m m-country"[^>]*>French</mark> President Emmanuel Macron</mark>',
        page,
    )


def test_crossing_spans_are_split_and_reopened() -> None:
    r = read_page(render_html(hand_made()))
    crossing = [i for i in r.marks.values() if i.pieces > 1]
    # "reconstruction of energy" crosses "energy infrastructure": the later one is split.
    assert [(i.kind, "".join(i.text)) for i in crossing] == [("topic", "energy infrastructure")]
    page = text_element(render_html(hand_made()))
    assert re.search(
        r'<mark class="m m-topic"[^>]*>reconstruction of <mark class="m m-topic"[^>]*>energy'
        r'</mark></mark><mark class="m m-topic m-cont"[^>]*data-cont="1"[^>]*> infrastructure</mark>',
        page,
    )


def test_hover_text_gives_the_normalized_values() -> None:
    r = read_page(render_html(hand_made()))
    titles = {i.title for i in r.marks.values()}
    assert "date: 2025-06-03 (day)" in titles
    assert "country: FR / FRA France [demonym]" in titles
    assert "organization: European Union (EU)" in titles
    assert "official: Emmanuel Macron - head of state of FR (France); title: President" in titles
    assert "topic: demining (score 0.60)" in titles
    assert "event: summit (held), 2025-06-03, Kyiv: Emmanuel Macron + Volodymyr Zelensky" in titles


def test_line_roles_are_shown() -> None:
    r = read_page(render_html(hand_made()))
    roles = {text: role for role, text in r.roles}
    assert roles["Kyiv talks end with pledge"] == "headline"
    assert roles["June 3, 2025 10:15"] == "dateline"
    assert roles["Reconstruction"] == "heading"
    assert roles["Subscribe to our newsletter"] == "boilerplate"
    page = render_html(hand_made())
    assert '<div class="seg seg-boilerplate"' in page
    assert ".seg-boilerplate { opacity" in page  # dimmed


def test_page_is_self_contained_with_legend_and_tables() -> None:
    page = render_html(hand_made())
    assert "<script" not in page and "src=" not in page and "href=" not in page
    assert "http://" not in page and "https://" not in page and "@import" not in page
    assert "default-src 'none'" in page  # the CSP forbids loading anything
    for label in ("date", "country", "organization", "official", "event evidence"):
        assert f">{label}</span>" in page
    assert ">topic evidence</span>" in page
    for table_id in ("officials", "events", "topics", "countries", "organizations", "dates"):
        assert f'<section class="records-part" id="{table_id}">' in page
    assert '<tr id="official-1"><td>Emmanuel Macron<div class="sub">Macron</div></td>' in page
    assert "<title>Kyiv talks end with pledge - diplotext</title>" in page


def test_article_to_html_is_render_html() -> None:
    a = hand_made()
    assert a.to_html() == render_html(a)


# --- escaping and hostile input ------------------------------------------------

HOSTILE = [
    "<script>alert(1)</script> met <b>Lavrov</b>",
    "He said \"onmouseover=alert(1) x=\" and 'onclick=' here",
    "a < b && c > d; &amp; &lt;script&gt; &#60;",
    "lone \ud800 surrogate and \udfff another \x00 NUL",
    "RTL \u202eevil.exe\u202c and isolate \u2067x\u2069 here",
    "CR\r\nLF\rlone CR",
    "</article></main><script>x</script><!-- comment --> <![CDATA[ x ]]>",
    "<style>body{display:none}</style> </mark></div></bdi>",
    "",
    "   \n\n  \n",
    " date 2024-10-21 By Jane Doe\n\tTabbed\ttext.\n\n\ufeffZero\u200bwidth",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_cannot_inject_markup(text: str) -> None:
    n = len(text)
    # Mentions over every character and over the whole text, plus hostile values.
    hostile_value = '"><script>alert(1)</script><img src=x onerror=alert(1)>\u202e\ud800'
    mentions = [Mention(text[i : i + 1], i, i + 1) for i in range(n)]
    article = Article(
        published=DateMention(text, 0, n, hostile_value, "day") if n else None,
        countries=[Country("XX", "XXX", hostile_value, mentions)],
        officials=[Official(hostile_value, (hostile_value,), hostile_value, hostile_value,
                            hostile_value, hostile_value, mentions[::2])],
        events=[Event(hostile_value, [hostile_value], hostile_value, hostile_value,
                      hostile_value, [hostile_value], hostile_value, 0, n)],
        topics=[Topic(hostile_value, 0.5, mentions[1::3])],
        text=text,
    )  # fmt: skip
    r = check(article)
    page = render_html(article)
    assert "<script" not in page.lower().replace("&lt;script", "")
    assert "<img" not in page
    assert "\u202e" not in re.sub(r"<bdi class=\"ctl\"[^>]*>\u202e</bdi>", "", page)
    assert len(r.marks) == len([m for m in mentions if text[m.start : m.end]]) + len(
        mentions[::2]
    ) + len(mentions[1::3]) + (2 if n else 0)


def test_bidi_controls_are_isolated_and_visible() -> None:
    text = "Deal signed \u202eby Ankara\u202c today."
    page = render_html(Article(text=text))
    assert '<bdi class="ctl" data-cp="U+202E"' in page
    assert '<bdi class="ctl" data-cp="U+202C"' in page
    assert ".seg { white-space: pre-wrap; unicode-bidi: isolate; }" in page


def test_carriage_returns_survive_html_parsing() -> None:
    page = render_html(Article(text="One\r\nTwo\r\n"))
    assert "&#13;" in page and "\r" not in text_element(page)


def test_mentions_outside_the_text_are_reported_not_drawn() -> None:
    text = "Talks in Oslo."
    article = Article(
        countries=[Country("NO", "NOR", "Norway", [Mention("Norway", 40, 46), Mention("", 3, 3)])],
        dates=[DateMention("Oslo", -2, 3, "2025", "year")],
        text=text,
    )
    page = render_html(article)
    r = check(article)
    assert r.marks == {}
    assert "3 mention(s) lie outside the text" in page


def test_mentions_that_differ_from_the_text_are_reported() -> None:
    text = "Talks in Oslo."
    article = Article(
        countries=[Country("NO", "NOR", "Norway", [Mention("Oslo", 0, 5)])], text=text
    )
    page = render_html(article)
    assert "1 mention(s) do not match the text" in page
    assert [("".join(i.text)) for i in check(article).marks.values()] == ["Talks"]


def test_empty_article() -> None:
    r = check(Article())
    assert r.marks == {}
    assert "<title>Article - diplotext</title>" in render_html(Article())
    assert render_html(Article(), title="<x>").count("&lt;x&gt;") == 2


def test_same_span_of_several_kinds_nests_event_outermost() -> None:
    text = "Summit talks."
    article = Article(
        dates=[DateMention("Summit", 0, 6, "2025", "year")],
        countries=[Country("FR", "FRA", "France", [Mention("Summit", 0, 6)])],
        events=[Event("summit", ["A", "B"], start=0, end=6)],
        topics=[Topic("security", 1.0, [Mention("Summit", 0, 6)])],
        text=text,
    )
    page = text_element(render_html(article))
    kinds = re.findall(r'<mark class="m m-(\w+)', page)
    assert kinds == ["event", "topic", "country", "date"]
    check(article)


# --- property: any spans at all ---------------------------------------------------

ALPHABET = "ab cD.\n\n<>&\"'\r\x00\u202e\ud800é"
KIND_NAMES = ("date", "country", "organization", "official", "event", "topic")


def build(text: str, spans: Sequence[tuple[int, int, int]]) -> Article:
    """One record per span, of kind number ``k``."""
    dates, countries, orgs, officials, events, topics = [], [], [], [], [], []
    for i, (a, b, k) in enumerate(spans):
        m = Mention(text[a:b], a, b)
        kind = KIND_NAMES[k]
        if kind == "date":
            dates.append(DateMention(text[a:b], a, b, f"2025-01-{i % 28 + 1:02d}", "day"))
        elif kind == "country":
            countries.append(Country("FR", "FRA", f"France {i}", [m]))
        elif kind == "organization":
            orgs.append(Organization(f"Org {i}", None, (), [m]))
        elif kind == "official":
            officials.append(Official(f"Person {i}", mentions=[m]))
        elif kind == "event":
            events.append(Event("meeting", [f"P{i}", "Q"], start=a, end=b))
        else:
            topics.append(Topic(f"topic{i}", 0.5, [m]))
    return Article(
        dates=dates,
        countries=countries,
        organizations=orgs,
        officials=officials,
        events=events,
        topics=topics,
        text=text,
    )


@st.composite
def texts_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, int]]]:
    text = draw(st.text(alphabet=ALPHABET, max_size=60))
    n = len(text)
    spans = []
    if n:
        for _ in range(draw(st.integers(0, 12))):
            a = draw(st.integers(0, n - 1))
            b = draw(st.integers(a + 1, n))
            spans.append((a, b, draw(st.integers(0, len(KIND_NAMES) - 1))))
    return text, spans


@settings(max_examples=300, deadline=None)
@given(texts_and_spans())
def test_any_spans_render_as_well_formed_nested_markup(
    case: tuple[str, list[tuple[int, int, int]]],
) -> None:
    text, spans = case
    r = check(build(text, spans))
    assert len(r.marks) == len(spans)
    got = sorted((i.kind, "".join(i.text)) for i in r.marks.values())
    assert got == sorted((KIND_NAMES[k], shown(text[a:b])) for a, b, k in spans)


# --- real parses ------------------------------------------------------------------


def all_mentions(article: Article) -> list[tuple[str, int, int, int]]:
    """(kind, record number, start, end) of every mention the page must show."""
    out = []
    if article.published is not None:
        out.append(("date", -1, article.published.start, article.published.end))
    out += [("date", i, d.start, d.end) for i, d in enumerate(article.dates)]
    for i, c in enumerate(article.countries):
        out += [("country", i, m.start, m.end) for m in c.mentions]
    for i, o in enumerate(article.organizations):
        out += [("organization", i, m.start, m.end) for m in o.mentions]
    for i, off in enumerate(article.officials):
        out += [("official", i, m.start, m.end) for m in off.mentions]
    out += [("event", i, e.start, e.end) for i, e in enumerate(article.events) if e.end > e.start]
    for i, t in enumerate(article.topics):
        out += [("topic", i, m.start, m.end) for m in t.evidence]
    return out


def test_example_articles_render_every_parsed_mention(example_articles: list[Path]) -> None:
    assert example_articles
    for path in example_articles:
        text = path.read_text(encoding="utf-8")
        article = diplotext.parse_article(text)
        r = check(article)
        expected = sorted((k, text[a:b]) for k, _, a, b in set(all_mentions(article)))
        got = sorted((i.kind, "".join(i.text)) for i in r.marks.values())
        assert got == expected, path.name


def test_long_text_renders_in_linear_time() -> None:
    unit = "Foreign Minister Jane Roe met Prime Minister John Doe in Oslo on May 5.\n\n"
    text = unit * 3000  # ~220k characters, 12k mentions
    officials, dates = [], []
    for i in range(3000):
        base = i * len(unit)
        officials.append(
            Official(f"Jane Roe {i}", mentions=[Mention("Jane Roe", base + 17, base + 25)])
        )
        officials.append(
            Official(f"John Doe {i}", mentions=[Mention("John Doe", base + 44, base + 52)])
        )
        dates.append(DateMention("May 5", base + 64, base + 69, "2025-05-05", "day"))
    events = [
        Event("meeting", ["a", "b"], start=i * len(unit), end=i * len(unit) + 69)
        for i in range(3000)
    ]
    article = Article(officials=officials, dates=dates, events=events, text=text)
    page = render_html(article)  # its speed is the benchmark's business, not this test's
    assert page.count('data-kind="official"') == 6000


def test_huge_mentions_do_not_blow_up_the_tables() -> None:
    text = "A" * 200_000
    mentions = [Mention(text[i : 200_000 - i], i, 200_000 - i) for i in range(300)]
    article = Article(topics=[Topic("x", 0.5, mentions)], text=text)
    page = render_html(article)
    assert len(page) < 2_000_000
    words = " ".join(f"w{i}" for i in range(20))
    many = [mention(words, f"w{i}") for i in range(20)]
    page = render_html(Article(topics=[Topic("x", 0.5, many)], text=words))
    assert "<td>w0, w1, w2, w3, w4, w5, w6, w7, w8, w9, w10, w11 (+8 more)</td>" in page


def test_rendering_is_deterministic() -> None:
    assert render_html(hand_made()) == render_html(hand_made())


def test_dev_corpus_pages_keep_text_and_every_mention(shared: Path) -> None:
    parser = diplotext.Parser()
    for path in sorted((shared / "corpus" / "dev").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        article = parser.parse(text)
        r = check(article)
        expected = sorted((k, text[a:b]) for k, _, a, b in set(all_mentions(article)))
        got = sorted((i.kind, "".join(i.text)) for i in r.marks.values())
        assert got == expected, path.name
