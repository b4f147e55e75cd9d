"""Fast paths of the officials stage (third round): each finds what the plain reading finds."""

from __future__ import annotations

import bisect
import random

from diplotext.parser import Parser
from diplotext.recognize.names import NameGrammar, token_spans, token_table
from diplotext.recognize.officials import OfficialStage
from diplotext.recognize.titles import PlaceIndex
from diplotext.text.segment import segment


def test_the_honorific_prefix_test_rules_out_only_what_the_pattern_would() -> None:
    names = NameGrammar()
    assert names._honorific_starts is not None
    words = ["His", "Excellency", "Sheikh", "Sheikha", "Sheikh-Ahmed", "H.E.", "Dr.", "Ana", "Mr"]
    words += ["Ruiz", "Hr", "Sh", "S", "Σίσυφος", "İbrahim", "Lt.", "Gen.", "Drake"]
    rnd = random.Random(5)
    for _ in range(2000):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 5)))
        toks = token_spans(text)
        # the plain reading: the pattern tried at every capitalized token
        plain = NameGrammar()
        plain._honorific_starts = None
        assert names.skip_honorifics(text, toks, 0) == plain.skip_honorifics(text, toks, 0), text


def test_tokens_in_place_spans_are_those_a_token_walk_marks() -> None:
    rnd = random.Random(3)
    for _ in range(300):
        text = " ".join(
            rnd.choice(["Ana", "of", "the", "Chile", ",", "UN-Habitat"]) for _ in range(12)
        )
        toks, starts = token_table(text)
        spans = sorted(
            (s, s + rnd.randint(0, 12)) for s in rnd.sample(range(len(text)), rnd.randint(0, 4))
        )
        expected = [False] * len(toks)
        for s, e in spans:
            i = bisect.bisect_left(starts, s)
            if i > 0 and toks[i - 1][1] > s:
                expected[i - 1] = True
            while i < len(toks) and starts[i] < e:
                expected[i] = True
                i += 1
        assert OfficialStage._blocked(toks, starts, spans) == expected


def test_the_place_index_of_an_article_holds_every_hit() -> None:
    text = "Prime Minister Ana Ruiz of Chile met the UN envoy in Lima and Chilean officials."
    result = Parser()._places(segment(text))
    assert result.country_hits and result.place_hits and result.org_hits
    index = PlaceIndex(result)
    countries = list(enumerate(result.country_hits))
    assert index.country_start == {h.start: (h.end, h.alpha2, k) for k, h in countries}
    assert index.country_end == {h.end: (h.start, h.alpha2, k) for k, h in countries}
    assert index.country_form == {h.start: h.form for h in result.country_hits}
    assert index.place_start == {p.start: (p.end, p.alpha2) for p in result.place_hits}
    assert index.place_end == {p.end: (p.start, p.alpha2) for p in result.place_hits}
    assert index.org_start == {o.start: (o.end, o.org) for o in result.org_hits}
    assert index.spans == sorted(
        [(h.start, h.end) for h in result.country_hits]
        + [(h.start, h.end) for h in result.org_hits]
        + [(h.start, h.end) for h in result.place_hits]
    )
    assert index.hits == sorted(
        [(h.start, h.end, h.alpha2, k) for k, h in countries]
        + [(p.start, p.end, p.alpha2, -1) for p in result.place_hits]
    )
    assert index.hit_starts == [h[0] for h in index.hits]


def test_the_article_states_are_counted_once_however_many_officials(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # every bare-titled official asks for the article's unmarked state; counting the states
    # once per official made an article of thousands of officials quadratic
    from diplotext.link.affiliation import AffiliationResolver

    calls = []
    plain = AffiliationResolver._state_counts

    def counted(doc, places):  # type: ignore[no-untyped-def]
        calls.append(1)
        return plain(doc, places)

    monkeypatch.setattr(AffiliationResolver, "_state_counts", staticmethod(counted))
    given = ["Ana", "Boris", "Celia", "Dario", "Elif", "Femi", "Goran", "Hana"]
    family = ["Lindqvist", "Moretti", "Novak", "Okafor", "Petrov", "Quist", "Rahimi", "Sato"]
    lines = [
        f"Foreign Minister {given[i % 8]} {family[i // 8]}{i} met Prime Minister "
        f"{given[(i + 3) % 8]} {family[(i + 5) % 8]}x{i} in Paris on Monday."
        for i in range(40)
    ]
    Parser().parse(" ".join(lines))
    assert len(calls) <= 3
