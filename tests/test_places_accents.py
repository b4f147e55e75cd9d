"""Gazetteer lookups ignore diacritics: names of states, bodies and cities written with
their accents ("México", "Hà Nội") are found as their plain spellings are, offsets and
mention text staying those of the original. Also: summit and host cities of the places
gazetteer, and "Turk" as a family name. Every sentence here is written for these tests."""

from __future__ import annotations

from diplotext import Parser
from diplotext.grammar.wordlist import WordList
from diplotext.recognize.places import PlaceStage
from diplotext.text.normalize import fold, fold_case
from diplotext.text.segment import segment

STAGE = PlaceStage({})


def _countries(parser: Parser, text: str) -> dict[str, list[str]]:
    return {c.alpha2: [m.text for m in c.mentions] for c in parser.parse(text).countries}


def _places(text: str) -> list[tuple[str, str]]:
    return [(h.name, h.alpha2) for h in STAGE(segment(text)).place_hits]


# --- folding ----------------------------------------------------------------------------


def test_fold_drops_diacritics_one_character_for_one() -> None:
    for text in ("Perú", "Hà Nội", "ĐÀ NẴNG", "Łódź", "Türkİye", "Ærø", "straße"):
        assert len(fold(text)) == len(text)
    assert fold("Perú") == "peru"
    assert fold("Hà Nội") == "ha noi"
    assert fold("ĐÀ NẴNG") == "da nang"
    assert fold("Łódź") == "lodz"
    assert fold("Türkİye") == "turkiye"
    assert fold("straße") == "straße"  # no decomposition into a base letter and marks
    assert fold("Plain ASCII, kept.") == "plain ascii, kept."


def test_fold_case_keeps_diacritics() -> None:
    assert fold_case("ÉLYSÉE") == "élysée"


def test_word_list_keys_are_folded_as_the_text_is() -> None:
    words = WordList({"Tête-à-Tête  Talks": 1, "proxy war": 2})
    assert WordList.key("Tête-à-Tête  Talks") == "tete-a-tete talks"
    assert "tete-a-tete talks" in words
    assert "TÊTE-À-TÊTE TALKS" in words
    for written in ("a tête-à-tête talks session", "a tete-a-tete talks session"):
        hit = next(words.finditer(fold(written)))
        assert words[hit.group()] == 1


def test_titles_and_triggers_match_with_or_without_accents(parser: Parser) -> None:
    for title in ("Chargé d'Affaires", "Charge d'Affaires"):
        text = f"Vienna, 3 March 2025. The {title} Lena Okafor met Deputy Minister Ivo Brandt."
        roles = {o.name: o.role for o in parser.parse(text).officials}
        assert roles.get("Lena Okafor") == "ambassador", (title, roles)


def test_an_accented_user_title_matches_both_spellings() -> None:
    parser = Parser(
        extra_gazetteers={"titles": [{"title": "Élu délégué", "role": "senior_diplomat"}]}
    )
    for written in ("Élu délégué", "Elu delegue"):
        text = (
            f"Paris, 3 March 2025. {written} Marc Fontaine met Foreign Minister Ana Ruiz of Chile."
        )
        roles = {o.name: o.role for o in parser.parse(text).officials}
        assert roles.get("Marc Fontaine") == "senior_diplomat", (written, roles)


def test_document_folded_text_has_no_diacritics_but_the_same_offsets() -> None:
    doc = segment("Delegates reached Bogotá on Tuesday.")
    assert doc.folded == "delegates reached bogota on tuesday."
    assert len(doc.folded) == len(doc.text)


# --- countries, bodies, places ----------------------------------------------------------


def test_country_names_written_with_diacritics(parser: Parser) -> None:
    text = "The trade minister flew to México, then on to Perú and Panamá for port talks."
    found = _countries(parser, text)
    assert found["MX"] == ["México"]
    assert found["PE"] == ["Perú"]
    assert found["PA"] == ["Panamá"]


def test_mention_offsets_index_the_original(parser: Parser) -> None:
    text = "Officials of Việt Nam and Türkiye signed a shipping memorandum."
    article = parser.parse(text)
    for country in article.countries:
        for m in country.mentions:
            assert text[m.start : m.end] == m.text
    assert {c.alpha2 for c in article.countries} == {"VN", "TR"}


def test_data_forms_with_diacritics_match_plain_text(parser: Parser) -> None:
    found = _countries(parser, "A delegation from Turkiye and one from Cote d'Ivoire arrived.")
    assert set(found) == {"TR", "CI"}


def test_case_still_counts_with_diacritics(parser: Parser) -> None:
    assert "MX" not in _countries(parser, "The word méxico, lower-cased, names nothing here.")


def test_body_names_with_diacritics_match_the_plain_spelling(parser: Parser) -> None:
    orgs = parser.parse("Volunteers of Medecins Sans Frontieres and the Visegrád Group met.")
    assert {o.acronym for o in orgs.organizations} == {"MSF", "V4"}


def test_cities_with_diacritics() -> None:
    assert _places("The envoys met in Bogotá and later in Brasília.") == [
        ("Bogota", "CO"),
        ("Brasilia", "BR"),
    ]
    assert _places("The delegation landed in Hà Nội on Friday.") == [("Hanoi", "VN")]


# --- summit and host cities -------------------------------------------------------------


def test_summit_host_cities() -> None:
    text = (
        "After the forum in Gyeongju, ministers went on to Nara, Danang, Qingdao, "
        "Yogyakarta and Chiang Mai."
    )
    assert _places(text) == [
        ("Gyeongju", "KR"),
        ("Nara", "JP"),
        ("Da Nang", "VN"),
        ("Qingdao", "CN"),
        ("Yogyakarta", "ID"),
        ("Chiang Mai", "TH"),
    ]
    assert _places("The talks moved from Ha Noi to HCM City.") == [
        ("Hanoi", "VN"),
        ("Ho Chi Minh City", "VN"),
    ]


# --- "Turk" -----------------------------------------------------------------------------


def test_turk_after_a_given_name_is_a_family_name(parser: Parser) -> None:
    assert "TR" not in _countries(parser, "The envoy Marta Türk briefed donors; Türk left.")
    assert "TR" not in _countries(parser, "The envoy Marta Turk briefed donors.")


def test_turk_as_a_demonym(parser: Parser) -> None:
    assert _countries(parser, "A Turk and a Greek shared the stage.")["TR"] == ["Turk"]


# --- "the Forum": a body's head word alone ------------------------------------------------


def _org_mentions(parser: Parser, text: str) -> dict[str, list[tuple[str, int]]]:
    return {
        o.name: [(m.text, m.start) for m in o.mentions] for o in parser.parse(text).organizations
    }


def test_head_word_after_the_refers_to_the_body_named_before(parser: Parser) -> None:
    text = (
        "Ministers of the Pacific Islands Forum gathered in Apia. "
        "The Forum Economic Ministers Meeting opens on Friday, the Forum said."
    )
    found = _org_mentions(parser, text)["Pacific Islands Forum"]
    assert [t for t, _ in found] == ["Pacific Islands Forum", "Forum", "Forum"]
    for written, start in found:
        assert text[start : start + len(written)] == written


def test_head_word_of_a_name_with_a_complement(parser: Parser) -> None:
    text = (
        "Envoys of the Organization of Islamic Cooperation met in Jeddah. "
        "The Organization urged restraint."
    )
    mentions = _org_mentions(parser, text)["Organization of Islamic Cooperation"]
    assert ("Organization", text.index("Organization urged")) in mentions


def test_head_word_too_far_from_the_name_is_left_alone(parser: Parser) -> None:
    text = (
        "The African Union met in Addis Ababa. Trade was discussed. Visas too. "
        "So were roads. Farms came last. The Union budget was not discussed."
    )
    assert [t for t, _ in _org_mentions(parser, text)["African Union"]] == ["African Union"]


def test_head_word_before_of_names_another_body(parser: Parser) -> None:
    text = "The European Union sent envoys. The Council of Elders received them."
    assert [t for t, _ in _org_mentions(parser, text)["European Union"]] == ["European Union"]


def test_head_word_in_lower_case_is_no_mention(parser: Parser) -> None:
    text = "The Pacific Islands Forum met. Delegates said the forum had done well."
    mentions = _org_mentions(parser, text)["Pacific Islands Forum"]
    assert [t for t, _ in mentions] == ["Pacific Islands Forum"]


def test_head_word_of_two_bodies_named_within_reach_is_ambiguous(parser: Parser) -> None:
    text = "The European Union and the African Union signed a pact. The Union said it would act."
    found = _org_mentions(parser, text)
    assert [t for t, _ in found["African Union"]] == ["African Union"]
    assert [t for t, _ in found["European Union"]] == ["European Union"]


def test_head_word_after_an_earlier_body_out_of_reach(parser: Parser) -> None:
    text = (
        "The European Union wrote first. Days passed. Nothing moved. Rain fell. Talks "
        "stalled. Then the African Union replied. The Union said it would act."
    )
    found = _org_mentions(parser, text)
    assert [t for t, _ in found["African Union"]] == ["African Union", "Union"]
    assert [t for t, _ in found["European Union"]] == ["European Union"]


def test_head_word_before_a_national_word_is_no_mention(parser: Parser) -> None:
    text = (
        "Delhi and the European Union agreed to talk again. "
        "The Union Minister of Commerce then left for Geneva."
    )
    assert [t for t, _ in _org_mentions(parser, text)["European Union"]] == ["European Union"]


def test_a_case_exact_user_place_matches_without_its_accents() -> None:
    # a hyphenated one-word name must match in its own case; its accents are still optional
    parser = Parser(extra_gazetteers={"places": [{"name": "Saint-Émilion", "alpha2": "FR"}]})
    for written in ("Saint-Émilion", "Saint-Emilion"):
        text = (
            "On Monday, Foreign Minister Ana Ruiz of Chile met Foreign Minister "
            f"Ivo Brandt of Austria in {written}."
        )
        assert [e.location for e in parser.parse(text).events] == ["Saint-Émilion"], written
    text = "On Monday, Foreign Minister Ana Ruiz of Chile met Ivo Brandt in saint-emilion."
    assert all(e.location != "Saint-Émilion" for e in parser.parse(text).events)
