"""Topics stage: labels, discussion context, evidence, user topics, robustness."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import diplotext
from diplotext.errors import GazetteerError
from diplotext.events.topics import (
    BLOCK,
    THRESHOLD,
    TopicStage,
    expand_forms,
    taxonomy,
)
from diplotext.found import (
    EMPTY_OFFICIALS,
    EMPTY_PLACES,
    OfficialHit,
    OfficialResult,
    OrgHit,
    PlaceResult,
    TopicResult,
)
from diplotext.parser import _load_extra
from diplotext.resources.loader import load_table, parse_table
from diplotext.text.segment import segment

CASES = Path(__file__).parent / "cases" / "topics.tsv"

#: The labels of corpus/GUIDELINES.md.
GUIDELINE_LABELS = {
    "energy",
    "trade_economy",
    "transport_connectivity",
    "peace_process",
    "security",
    "demining",
    "reconstruction",
    "humanitarian",
    "climate_environment",
    "culture_heritage",
    "education_science",
    "tourism",
    "multilateral_cooperation",
    "territorial_integrity",
    "interfaith_dialogue",
    "technology_digital",
    "agriculture_food",
    "health",
    "human_rights_law",
    "migration_consular",
    "defense_military",
    "counterterrorism",
}


@pytest.fixture(scope="module")
def stage() -> TopicStage:
    return TopicStage({})


def run(stage: TopicStage, text: str, places: PlaceResult = EMPTY_PLACES) -> TopicResult:
    return stage(segment(text), places, EMPTY_OFFICIALS)


def labels_of(result: TopicResult) -> set[str]:
    return {t.label for t in result.topics}


def _cases() -> list[tuple[str, set[str], set[str]]]:
    table = load_cases()
    return [
        (
            row["text"].replace("\\n", "\n"),
            {x for x in row["present"].split("|") if x},
            {x for x in row["absent"].split("|") if x},
        )
        for row in table.rows
    ]


def load_cases():  # type: ignore[no-untyped-def]
    return parse_table(CASES.name, CASES.read_text(encoding="utf-8").splitlines())


#: A sentence that makes a text a diplomatic report (an actor meets a frame word) and
#: holds no topic cue: the case table's sentences are read inside such a report.
FRAME = "The two foreign ministers met in Geneva on Monday.\n"


@pytest.mark.parametrize(("text", "present", "absent"), _cases())
def test_case_table(stage: TopicStage, text: str, present: set[str], absent: set[str]) -> None:
    found = labels_of(run(stage, FRAME + text))
    assert present <= found, f"missing {sorted(present - found)} in {text!r} (found {found})"
    assert not (absent & found), f"unexpected {sorted(absent & found)} in {text!r}"


def test_case_table_covers_every_label() -> None:
    covered: set[str] = set()
    for _, present, _ in _cases():
        covered |= present
    assert covered == GUIDELINE_LABELS


# --- taxonomy and data ------------------------------------------------------------------


def test_taxonomy_is_the_guidelines_list(stage: TopicStage) -> None:
    assert set(stage.labels) == GUIDELINE_LABELS
    for label in stage.labels.values():
        assert label.definition
        for code in label.iptc:
            assert re.fullmatch(r"medtop:\d{8}", code), code


def test_taxonomy_function(stage: TopicStage) -> None:
    assert {t.label: t for t in taxonomy()} == stage.labels


def test_every_label_has_cues() -> None:
    table = load_table("topic_cues")
    per_label: dict[str, int] = {}
    for row in table.rows:
        per_label[row["label"]] = per_label.get(row["label"], 0) + len(expand_forms(row["cue"]))
    for label in GUIDELINE_LABELS:
        assert per_label.get(label, 0) >= 3, label
    assert per_label[BLOCK] > 0


def test_expand_forms() -> None:
    assert expand_forms("visa{,s}|visa-free") == ["visa", "visas", "visa-free"]
    assert expand_forms("{a,b} {c,d}") == ["a c", "a d", "b c", "b d"]
    for bad in ("{a,b", "a}", "{a{b}}"):
        with pytest.raises(ValueError):
            expand_forms(bad)


# --- evidence, hits, scores, order ------------------------------------------------------


TEXT = (
    "Ministers discuss energy and peace\n\n"
    "The ministers discussed energy security, the Southern Gas Corridor and the "
    "peace treaty. They also touched upon the mine threat.\n\n"
    "The minister stressed that the peace process must continue."
)


def test_evidence_spans_are_original_text(stage: TopicStage) -> None:
    text = TEXT.replace("'", "\u2019") + " \u201cEnergy\u201d matters, he said."
    result = run(stage, text)
    assert result.topics
    for topic in result.topics:
        assert topic.evidence
        for m in topic.evidence:
            assert text[m.start : m.end] == m.text
    for hit in result.hits:
        assert text[hit.start : hit.end]


def test_hits_in_text_order_and_match_evidence(stage: TopicStage) -> None:
    result = run(stage, TEXT)
    starts = [(h.start, h.end) for h in result.hits]
    assert starts == sorted(starts)
    from_evidence = sorted((m.start, m.end, t.label) for t in result.topics for m in t.evidence)
    assert from_evidence == sorted((h.start, h.end, h.label) for h in result.hits)
    texts = [TEXT[h.start : h.end] for h in result.hits if h.label == "energy"]
    assert texts == ["energy", "energy security", "Southern Gas Corridor"]


def test_hits_are_per_sentence_cues(stage: TopicStage) -> None:
    doc = segment(TEXT)
    result = stage(doc, EMPTY_PLACES, EMPTY_OFFICIALS)
    second = doc.sentences[2]  # "They also touched upon the mine threat."
    inside = {h.label for h in result.hits if second.start <= h.start < second.end}
    assert inside == {"demining"}


def test_scores_and_order(stage: TopicStage) -> None:
    result = run(stage, TEXT)
    scores = [t.score for t in result.topics]
    assert all(0.0 < s <= 1.0 for s in scores)
    assert scores == sorted(scores, reverse=True)
    # ties are broken by the first evidence
    keys = [(-t.score, t.evidence[0].start) for t in result.topics]
    assert keys == sorted(keys)
    by_label = {t.label: t for t in result.topics}
    # three strong energy cues outweigh one demining cue
    assert by_label["energy"].score > by_label["demining"].score


def test_more_mentions_higher_score(stage: TopicStage) -> None:
    one = run(stage, "The ministers discussed tourism.").topics[0].score
    two = run(stage, "The ministers discussed tourism and tourist flows.").topics[0].score
    assert one < two <= 1.0


def test_deterministic(stage: TopicStage) -> None:
    assert run(stage, TEXT) == run(stage, TEXT)
    assert TopicStage({})(segment(TEXT), EMPTY_PLACES, EMPTY_OFFICIALS) == run(stage, TEXT)


# --- discussion context -----------------------------------------------------------------


def test_incidental_mention_does_not_count_alone(stage: TopicStage) -> None:
    plain = "Baku is a city by the sea. Its oil fields are old."
    assert "energy" not in labels_of(run(stage, plain))
    discussed = "Baku is a city by the sea. The ministers discussed its oil fields."
    assert "energy" in labels_of(run(stage, discussed))


def test_frame_sentence_holds_no_topic(stage: TopicStage) -> None:
    assert run(stage, FRAME).topics == ()


def test_two_incidental_mentions_count(stage: TopicStage) -> None:
    text = FRAME + "The region is rich in oil. Pipelines cross the steppe. Gas flows west."
    assert "energy" in labels_of(run(stage, text))


def test_headline_alone_is_weak(stage: TopicStage) -> None:
    text = "Ministers talk tourism\n\nThe ministers met in Rome on Monday."
    assert "tourism" not in labels_of(run(stage, text))


def test_boilerplate_never_counts(stage: TopicStage) -> None:
    text = (
        "The ministers discussed bilateral relations.\n\n"
        "Subscribe for daily news on energy, trade, tourism and security\n\n"
        "Follow us on Twitter for energy security news"
    )
    assert labels_of(run(stage, text)) == set()


def test_organization_names_do_not_count(stage: TopicStage) -> None:
    text = "The ministers discussed Ukraine's role in the Energy Community."
    assert "energy" in labels_of(run(stage, text))
    start = text.index("Energy Community")
    places = PlaceResult(
        (), (), (), (OrgHit(start, start + len("Energy Community"), 0, "name"),), ()
    )
    found = labels_of(run(stage, text, places))
    assert "energy" not in found
    # "role in <org>" frames the organization as multilateral cooperation
    assert "multilateral_cooperation" in found


def test_organization_frame_after(stage: TopicStage) -> None:
    text = "The ministers praised Azerbaijan-UN cooperation."
    assert "multilateral_cooperation" not in labels_of(run(stage, text))
    start = text.index("UN")
    places = PlaceResult((), (), (), (OrgHit(start, start + 2, 0, "acronym"),), ())
    result = run(stage, text, places)
    assert "multilateral_cooperation" in labels_of(result)
    assert [text[h.start : h.end] for h in result.hits] == ["UN"]


def test_official_mentions_do_not_count(stage: TopicStage) -> None:
    text = "The ministers discussed the proposal of Mr. Peace Trade."
    name = text.index("Peace Trade")
    officials = OfficialResult((), (OfficialHit(name, name + len("Peace Trade"), 0),))
    result = stage(segment(text), EMPTY_PLACES, officials)
    assert labels_of(result) == set()


def test_yielding_cue(stage: TopicStage) -> None:
    text = "The minister condemned the attacks by extremists."
    found = labels_of(run(stage, text))
    assert "counterterrorism" in found
    assert "security" not in found
    assert "security" in labels_of(
        run(stage, "The minister condemned the attacks and the shelling.")
    )


# --- user topics ------------------------------------------------------------------------


def user_stage(source: object) -> TopicStage:
    """The stage as a Parser builds it from ``extra_gazetteers={"topics": source}``."""
    return TopicStage(_load_extra({"topics": source}))  # type: ignore[dict-item]


def test_user_topic_rows() -> None:
    stage = user_stage(
        [
            {
                "cue": ["space debris", "orbital debris"],
                "label": "space_debris",
                "weight": 1,
                "definition": "debris in orbit",
                "iptc": "medtop:13000000",
            },
            {"cue": "satellite{,s}", "label": "space_debris", "weight": "0.3"},
        ]
    )
    text = "The ministers discussed orbital debris and the risks to satellites."
    topic = next(t for t in run(stage, text).topics if t.label == "space_debris")
    assert [m.text for m in topic.evidence] == ["orbital debris", "satellites"]
    assert stage.labels["space_debris"].definition == "debris in orbit"
    assert stage.labels["space_debris"].iptc == ("medtop:13000000",)


def test_user_rows_override_and_block(stage: TopicStage) -> None:
    text = "The ministers discussed trade and tourism."
    assert {"trade_economy", "tourism"} <= labels_of(run(stage, text))
    custom = user_stage(
        [
            {"cue": "trade", "label": BLOCK},
            {"cue": "tourism", "label": "leisure"},
        ]
    )
    found = labels_of(run(custom, text))
    assert "trade_economy" not in found
    assert "tourism" not in found
    assert "leisure" in found


def test_user_topic_file(tmp_path: Path) -> None:
    path = tmp_path / "my_topics.tsv"
    path.write_text(
        "# my topics\ncue\tlabel\tweight\nwhaling|whale hunting\tfisheries_dispute\t1\n",
        encoding="utf-8",
    )
    custom = user_stage(str(path))
    result = run(custom, "The ministers discussed whaling in the Southern Ocean.")
    assert [t.label for t in result.topics] == ["fisheries_dispute"]


def test_parser_passes_user_topics() -> None:
    parser = diplotext.Parser(
        extra_gazetteers={"topics": [{"cue": "whaling", "label": "fisheries_dispute"}]}
    )
    article = parser.parse("The ministers discussed whaling in the Southern Ocean.")
    assert "fisheries_dispute" in [t.label for t in article.topics]


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ({"cue": "x", "label": "a", "colour": "red"}, "unknown column 'colour'"),
        ({"cue": "", "label": "a"}, "empty cue"),
        ({"cue": "  ", "label": "a"}, "empty cue"),
        ({"cue": "x", "label": ""}, "empty label"),
        ({"cue": "x", "label": "Space Debris"}, "bad label"),
        ({"cue": "x", "label": "a", "weight": "heavy"}, "bad weight"),
        ({"cue": "x", "label": "a", "weight": "0"}, "bad weight"),
        ({"cue": "x", "label": "a", "weight": "1.5"}, "bad weight"),
        ({"cue": "x", "label": "a", "weight": "nan"}, "bad weight"),
        ({"cue": "x{a,b", "label": "a"}, "bad cue"),
        ({"cue": "x", "label": "a", "unless_with": "Not A Label"}, "unless_with"),
    ],
)
def test_user_row_errors(row: dict[str, str], reason: str) -> None:
    rows = [{"cue": "fine", "label": "ok"}, row]
    with pytest.raises(GazetteerError) as info:
        user_stage(rows)
    assert reason in str(info.value)
    assert "topics" in info.value.file
    assert info.value.line in (1, 2)
    if "column" not in reason:
        assert info.value.line == 2


def test_missing_column() -> None:
    with pytest.raises(GazetteerError, match="missing column 'label'"):
        user_stage([{"cue": "whaling"}])


def test_user_file_error_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("cue\tlabel\tweight\nok\tfine\t1\nbad\tfine\tlots\n", encoding="utf-8")
    with pytest.raises(GazetteerError) as info:
        user_stage(path)
    assert info.value.file == str(path)
    assert info.value.line == 3


# --- robustness -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Security " * 100_000,
        "of the " * 100_000,
        "Minister of " * 50_000 + "Energy",
        "energy-" * 50_000,
        "peace " * 30_000 + "\n" * 1000 + "J. J. J. " * 10_000,
        "x" * 1_000_000,
        ("," + " " * 99 + "energy ") * 10_000,
        ("Ministry" + " \t" * 50 + "Energy ") * 10_000,
    ],
    ids=[
        "capitalized-cues",
        "of-the",
        "long-name",
        "hyphen-run",
        "mixed",
        "one-line",
        "blank-runs",
        "tab-runs",
    ],
)
def test_hostile_inputs_complete_with_sound_hits(stage: TopicStage, text: str) -> None:
    # Linear time is measured by the benchmark (bench/), not asserted here.
    doc = segment(text)
    result = stage(doc, EMPTY_PLACES, EMPTY_OFFICIALS)
    for hit in result.hits:
        assert 0 <= hit.start < hit.end <= len(text)


def test_threshold_is_reachable_by_one_discussed_cue() -> None:
    assert THRESHOLD <= 0.5


def test_stdlib_scanner_finds_what_the_wordlist_finds(stage: TopicStage) -> None:
    # The stage scans with the stdlib engine; it must read the trie exactly as regex does.
    keys = sorted(stage._entries)
    text = " ".join(keys) + ". " + ", ".join(k.upper() for k in keys[::3]) + "\n" + "-".join(keys)
    from diplotext.text.normalize import fold

    folded = fold(text).translate(str.maketrans({"-": " ", "/": " "}))
    for wordlist, scanner in (
        (stage._cues, stage._cue_scan),
        (stage._marks, stage._mark_scan),
    ):
        expected = [m.span() for m in wordlist.finditer(folded)]
        assert [m.span() for m in scanner.finditer(folded)] == expected
        assert expected


@pytest.mark.parametrize(
    "text",
    [
        # business: words of energy and trade, nobody doing diplomacy
        "Gas prices fell for a third day as traders said mild weather cut demand for heating. "
        "Analysts said electricity futures and crude exports would stay weak, and investors "
        "expect lower oil output.",
        # culture, with an official who only attends
        "The Lisbon book fair opened on Friday with a tribute to Portuguese poetry. "
        "Culture Minister Dalila Rodrigues was among the guests at the ceremony. "
        "The fair will show films, concerts and exhibitions on cultural heritage.",
        # conflict: war words, but no diplomacy reported
        "Shelling hit the outskirts of the town overnight, local officials said. "
        "The attacks damaged a power plant and the war has displaced thousands.",
    ],
)
def test_no_topics_without_a_diplomatic_frame(stage: TopicStage, text: str) -> None:
    assert labels_of(run(stage, text)) == set()


def test_unframed_article_counts_a_discussed_diplomatic_sentence(stage: TopicStage) -> None:
    # No actor meets a frame word anywhere but here a bilateral accord on gas is reported
    # as discussed, twice: strong evidence still counts.
    text = (
        "Gas flows west through the region. "
        "A memorandum on gas supplies and an energy accord were discussed in the capital."
    )
    assert "energy" in labels_of(run(stage, text))


def test_official_mention_is_an_actor(stage: TopicStage) -> None:
    from diplotext.found import OfficialHit, OfficialResult

    text = "Mr. Okafor held talks in Abuja. Oil exports were mentioned."
    doc = segment(text)
    plain = stage(doc, EMPTY_PLACES, EMPTY_OFFICIALS)
    assert labels_of(plain) == set()
    officials = OfficialResult((), (OfficialHit(0, 10, 0),))
    assert "energy" in labels_of(stage(doc, EMPTY_PLACES, officials))


@pytest.fixture(scope="module")
def parser() -> diplotext.Parser:
    return diplotext.Parser()


def _parsed_labels(parser: diplotext.Parser, text: str) -> set[str]:
    return {t.label for t in parser.parse(text).topics}


@pytest.mark.parametrize(
    "text",
    [
        # a body's own gatherings are multilateral forums
        "The foreign ministers met in Rome and discussed preparations for the BRICS summit.",
        "Minister Tanaka, who is visiting Vientiane to attend the ASEAN-related Foreign "
        "Ministers' Meeting, held talks with his counterpart.",
        "The two ministers met on Monday and reviewed the agenda of the next NATO "
        "ministerial meeting.",
        # three states joined by hyphens name a trilateral format
        "The ministers met in Seoul and agreed to revive the Japan-China-South Korea "
        "summit process.",
    ],
)
def test_multilateral_forums(parser: diplotext.Parser, text: str) -> None:
    assert "multilateral_cooperation" in _parsed_labels(parser, text)


def test_bilateral_hyphen_pair_is_no_format(parser: diplotext.Parser) -> None:
    text = "The ministers met in Ankara and discussed the Turkey-Iraq pipeline."
    assert "multilateral_cooperation" not in _parsed_labels(parser, text)


def test_official_telling_reporters_is_a_frame(parser: diplotext.Parser) -> None:
    text = "Foreign Minister Radoslaw Sikorski told reporters in Warsaw that energy supplies were a priority."
    assert "energy" in _parsed_labels(parser, text)


def test_coach_telling_reporters_is_no_frame(parser: diplotext.Parser) -> None:
    text = "The coach told reporters the team was ready. The stadium has new power lines."
    assert _parsed_labels(parser, text) == set()


def test_two_states_acting_together_frame_a_report(parser: diplotext.Parser) -> None:
    text = "Turkey and Iraq agreed on Monday to expand trade and energy links."
    assert {"trade_economy", "energy"} <= _parsed_labels(parser, text)


def test_one_state_in_a_market_story_is_no_frame(parser: diplotext.Parser) -> None:
    text = (
        "Oil prices rose in Norway as traders weighed supply risks. Analysts said trade was slow."
    )
    assert _parsed_labels(parser, text) == set()


def test_fast_phrase_scan_finds_what_the_plain_scanner_finds(stage: TopicStage) -> None:
    # The stage searches for the non-word character before a phrase; it must find the
    # phrases the trie tried at every position finds, in ASCII and in other text.
    import random

    from diplotext.text.normalize import fold

    keys = sorted(stage._entries)
    marks = sorted(stage._mark_bits)
    pieces = [*keys[::7], *marks[::5], "the", "of", "-", "(", '"', ".", ",", "\n", "  ", "_"]
    pieces += [k.replace(" ", "  \n") for k in [*keys[3::11], *marks[2::7]] if " " in k]
    pieces += ["2", "\u00e9", "\u00fc", "\u00df", "\u65e5", "\u0663", "\u2022", "\u00ab"]
    rng = random.Random(0)
    for _ in range(1500):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  "]) for _ in range(14))
        folded = fold(text).replace("-", " ").replace("/", " ")
        found = stage._phrase_scan.spans(folded)
        for index, pattern in enumerate((stage._cue_scan, stage._mark_scan)):
            expected = [(m.start(), m.end(), m.group()) for m in pattern.finditer(folded)]
            assert found[index] == expected, text


def test_phrase_scan_with_a_cue_that_starts_with_a_non_word_character() -> None:
    # "#g20" starts with "#": the stage tries the trie at every position, and finds it.
    rows = parse_table("my.tsv", ["cue\tlabel", "g20 agenda|#g20\tsummit_agenda"])
    stage = TopicStage({"topics": rows})
    text = "at the #g20, the g20 agenda and #g20."
    found, _ = stage._phrase_scan.spans(text)
    assert found == [(m.start(), m.end(), m.group()) for m in stage._cue_scan.finditer(text)]
    assert [phrase for _, _, phrase in found] == ["#g20", "g20 agenda", "#g20"]
