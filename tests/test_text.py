"""The text layer: length-preserving normalization, segments, roles and sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from diplotext.resources.loader import load_table
from diplotext.text import fold, normalize, segment
from diplotext.text.segment import _line_role


@given(st.text())
def test_normalize_and_fold_preserve_length(text: str) -> None:
    assert len(normalize(text)) == len(text)
    assert len(fold(text)) == len(text)


def test_normalize_maps_typography_to_ascii() -> None:
    assert (
        normalize("\u201cIt\u2019s\u201d \u2013 a\u00a0b\u200bc\r\nd\re")
        == '"It\'s" - a b c \nd\ne'
    )


@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from("\n\r .!?")))
def test_segments_and_sentences_index_the_original_text(text: str) -> None:
    doc = segment(text)
    assert doc.text is text
    previous = 0
    for seg in doc.segments:
        assert 0 <= seg.start < seg.end <= len(text)
        assert seg.start >= previous
        previous = seg.end
        piece = normalize(text[seg.start : seg.end])
        assert piece == piece.strip()
    for sent in doc.sentences:
        seg = doc.segments[sent.segment]
        assert seg.start <= sent.start < sent.end <= seg.end


WIRE = """SiteName.com

Saturday March 15 2025

Ministers meet in Riga [PHOTO]

15 March 2025 10:20 (UTC+02:00)

By Anna Berzina

Latvian Foreign Minister Baiba Braze met her Lithuanian counterpart in Riga on Friday. \
Dr. Smith of the U.S. State Dept. attended. They discussed the No. 5 agenda item.

Energy

The sides discussed energy links.

---

Follow us on Facebook @SiteName

Ministers meet in Riga [PHOTO] - Gallery Image

Loading...
Latest See more"""


def roles(text: str) -> list[tuple[str, str]]:
    doc = segment(text)
    return [(s.role, text[s.start : s.end]) for s in doc.segments]


def test_wire_layout_roles() -> None:
    got = roles(WIRE)
    assert got[0] == ("boilerplate", "SiteName.com")
    assert got[1] == ("dateline", "Saturday March 15 2025")
    assert got[2] == ("headline", "Ministers meet in Riga [PHOTO]")
    assert got[3] == ("dateline", "15 March 2025 10:20 (UTC+02:00)")
    assert got[4] == ("byline", "By Anna Berzina")
    assert got[5][0] == "body"
    assert ("heading", "Energy") in got
    assert ("boilerplate", "---") in got
    assert ("boilerplate", "Follow us on Facebook @SiteName") in got
    assert ("boilerplate", "Ministers meet in Riga [PHOTO] - Gallery Image") in got
    assert ("boilerplate", "Loading...") in got
    assert ("boilerplate", "Latest See more") in got


def test_sentences_respect_abbreviations_and_initials() -> None:
    doc = segment(WIRE)
    body = [
        doc.text[s.start : s.end] for s in doc.sentences if doc.segments[s.segment].role == "body"
    ]
    assert body[:3] == [
        "Latvian Foreign Minister Baiba Braze met her Lithuanian counterpart in Riga on Friday.",
        "Dr. Smith of the U.S. State Dept. attended.",
        "They discussed the No. 5 agenda item.",
    ]
    doc2 = segment("The talks were led by J. Bayramov and Jan. 5 was chosen. Next sentence.")
    assert [doc2.text[s.start : s.end] for s in doc2.sentences] == [
        "The talks were led by J. Bayramov and Jan. 5 was chosen.",
        "Next sentence.",
    ]


def test_scraped_header_prefix_is_split_from_the_byline() -> None:
    text = " date 2024-10-21 By Jane Roe\n\nThe president received the envoy."
    got = roles(text)
    assert got[0] == ("dateline", "date 2024-10-21")
    assert got[1] == ("byline", "By Jane Roe")
    assert got[2][0] == "body"


def test_scraped_header_prefix_before_a_headline() -> None:
    text = " date 2019-09-24 Minister meets envoy in New York\n\nThe minister met the envoy."
    got = roles(text)
    assert got[:2] == [
        ("dateline", "date 2019-09-24"),
        ("headline", "Minister meets envoy in New York"),
    ]


def test_font_size_widget_and_counters_are_boilerplate() -> None:
    text = (
        "Headline of the story\n\n+ \u21ba \u2212 16 px\n\n"
        "Body text that ends here.\n\n0 ( +0 / -0 )"
    )
    got = {t: r for r, t in roles(text)}
    assert got["+ \u21ba \u2212 16 px"] == "boilerplate"
    assert got["0 ( +0 / -0 )"] == "boilerplate"


def test_place_and_date_line_is_a_dateline_but_prose_is_not() -> None:
    assert _line_role("Brussels, 19/06/2021") == "dateline"
    assert _line_role("Fri. Jun 2nd, 2023") == "dateline"
    assert _line_role("The minister turned 59 on December 24.") is None


def test_section_headings_number_sections() -> None:
    text = (
        "Intro paragraph that says a lot.\n\nNorway\n\nFirst meeting was held.\n\n"
        "Red Cross\n\nSecond meeting was held."
    )
    doc = segment(text)
    assert doc.section_at(text.index("Intro")) == 0
    assert doc.section_at(text.index("First")) == 1
    assert doc.section_at(text.index("Second")) == 2
    assert doc.role_at(text.index("Norway")) == "heading"


def test_offset_lookups() -> None:
    doc = segment(WIRE)
    i = WIRE.index("Dr. Smith")
    sent = doc.sentence_at(i)
    assert sent is not None and WIRE[sent.start : sent.end].startswith("Dr. Smith")
    assert doc.segment_at(WIRE.index("\n\n")) is None
    assert doc.is_boilerplate(WIRE.index("Loading"))
    assert not doc.is_boilerplate(i)
    assert doc.paragraph_at(i) == doc.paragraph_at(WIRE.index("They discussed"))


def test_line_role_table_examples_match_their_rows() -> None:
    for line, row in load_table("line_roles").located():
        assert _line_role(row["example"]) == row["role"], f"line_roles.tsv:{line}"


@given(st.text())
def test_normalize_matches_a_plain_translation(text: str) -> None:
    from diplotext.text.normalize import _TABLE

    expected = text.translate(_TABLE).replace("\r\n", " \n").replace("\r", "\n")
    assert normalize(text) == expected


EXAMPLE_LINES = [row["example"] for row in load_table("line_roles").rows]
LINE_PIECES = st.sampled_from([*EXAMPLE_LINES, "By ", ".", " Jane Doe", "12 May 2024", " - "])


def _role_by_table(line: str) -> str | None:
    """A line's role read the slow way: every row of the table in order, then the date header."""
    from diplotext.text.segment import _LINE_PATTERNS, _is_date_header

    for role, pattern in _LINE_PATTERNS:
        if pattern.fullmatch(line) and not (
            role == "byline" and (len(line) > 80 or line.endswith("."))
        ):
            return role
    return "dateline" if _is_date_header(line) else None


# Lines as the segmenter sees them: normalized, so with no control characters (the two
# regex engines disagree on whether "\x1f" is a space).
LINES = st.lists(
    LINE_PIECES | st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=6),
    max_size=4,
).map("".join)


@given(LINES)
def test_combined_line_patterns_agree_with_the_table_order(line: str) -> None:
    assert _line_role(line) == _role_by_table(line)


# The same, printable ASCII only.
ASCII_LINES = st.lists(
    LINE_PIECES.filter(str.isascii)
    | st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=6),
    max_size=4,
).map("".join)


@given(ASCII_LINES)
def test_ascii_twins_read_ascii_lines_as_the_line_patterns(line: str) -> None:
    from diplotext.text.segment import (
        _ANY_LINE_ASCII,
        _ANY_LINE_PATTERN,
        _LINE_ASCII,
        _LINE_REGEX,
        _UNHEADED_LINE_ASCII,
        _UNHEADED_LINE_PATTERN,
    )

    pairs = [
        *zip(_LINE_ASCII, _LINE_REGEX, strict=True),
        (_ANY_LINE_ASCII, _ANY_LINE_PATTERN),
        (_UNHEADED_LINE_ASCII, _UNHEADED_LINE_PATTERN),
    ]
    for twin, pattern in pairs:
        a, b = twin.fullmatch(line), pattern.fullmatch(line)
        assert (a and a.lastgroup) == (b and b.lastgroup), (pattern.pattern, line)


def test_every_anchored_line_pattern_has_a_stdlib_twin() -> None:
    import re

    from diplotext.text.segment import _FREE_ROWS, _LINE_ASCII, _LINE_REGEX

    twins = [t for t, p in zip(_LINE_ASCII, _LINE_REGEX, strict=True) if t is not p]
    assert all(isinstance(t, re.Pattern) for t in twins)
    assert len(twins) == len(_LINE_REGEX) - len(_FREE_ROWS)
    for line in EXAMPLE_LINES:
        if line.isascii():
            for twin, pattern in zip(_LINE_ASCII, _LINE_REGEX, strict=True):
                assert bool(twin.fullmatch(line)) == bool(pattern.fullmatch(line)), line


HEAD_PIECES = st.sampled_from(
    ["LOADING", "Read More", "see  more", "By", "bY ", "Photo", "[VIDEO]", "Subscribe", "follow",
     " us on Twitter", "All Rights Reserved", "azernews.az", "\u017fubscribe", "\u212a", "Latest",
     "politics", " - Gallery Image", "(link is external)", "Source: x", "12 px", "--", "\u00a9"]
)  # fmt: skip


@given(st.lists(HEAD_PIECES | LINE_PIECES | st.text(max_size=4), max_size=5).map("".join))
def test_line_roles_with_the_article_free_rows_agree_with_the_table_order(line: str) -> None:
    # the guards (first words, the words a free row needs) never change a line's role
    from diplotext.text.segment import _free_rows_of

    assert _line_role(line, _free_rows_of(fold(line))) == _role_by_table(line)


@given(
    st.lists(
        st.sampled_from(["Dr.", "U.S.", "J.", "met.", "said.\"", " ", "  ", "He", "the", "2024", "!",
                         "?", ")", "(", "'", "Jan.", "a.", "\t", "x"])
        | st.text(st.characters(max_codepoint=127), max_size=3),
        max_size=20,
    ).map(" ".join)
)  # fmt: skip
def test_sentences_of_ascii_text_split_alike(text: str) -> None:
    # the stdlib twins used on ASCII text split as the regex patterns do
    from diplotext.text.segment import _split_sentences

    norm = normalize(text)
    end = len(norm.rstrip())
    start = len(norm) - len(norm.lstrip())
    if start < end and "\n" not in norm:
        assert list(_split_sentences(norm, start, end, True)) == list(
            _split_sentences(norm, start, end)
        )


@given(
    st.lists(
        st.sampled_from(["5", "April", "2022", "12:51", "(UTC+04:00)", "Brussels,", "19/06/2021",
                         "a.m", "P.M.", "Mon", "th", "x_y", "px", "ON", "1st"])
        | st.text(st.characters(max_codepoint=127), max_size=4),
        max_size=8,
    ).map(" ".join)
)  # fmt: skip
def test_date_header_patterns_read_ascii_lines_alike(line: str) -> None:
    from diplotext.text.segment import (
        _DATE_SHAPE,
        _DATE_SHAPE_ASCII,
        _DATE_WORD,
        _DATE_WORD_ASCII,
        _TOKEN,
        _TOKEN_ASCII,
    )

    assert _TOKEN_ASCII.findall(line) == _TOKEN.findall(line)
    assert (_DATE_SHAPE_ASCII.search(line) is None) == (_DATE_SHAPE.search(line) is None)
    for word in _TOKEN.findall(line):
        assert (_DATE_WORD_ASCII.fullmatch(word) is None) == (_DATE_WORD.fullmatch(word) is None)


@given(st.text(st.sampled_from("ab AB.!?\"')\n"), min_size=1, max_size=30))
def test_a_line_without_inner_stops_is_one_sentence(line: str) -> None:
    from diplotext.text.segment import _no_inner_stop, _split_sentences

    line = line.strip() or "a"
    for ascii in (False, True):
        whole = list(_split_sentences(line, 0, len(line), ascii)) == [(0, len(line))]
        assert whole or not _no_inner_stop(line, 0, len(line))
