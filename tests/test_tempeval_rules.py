"""Date rules found on public news text (TempEval-3 style narrative), each on invented articles."""

from __future__ import annotations

from diplotext import parse_article


def _dates(text: str, published: str) -> dict[str, str]:
    return {d.text: d.value for d in parse_article(text, published=published).dates}


def test_weekday_after_until_is_a_deadline_ahead() -> None:
    # 2031-06-12 is a Thursday: a span that may still run ends on the coming Tuesday
    text = "The tribunal postponed until Tuesday its ruling on the maritime claim."
    assert _dates(text, "2031-06-12")["Tuesday"] == "2031-06-17"
    text = "The ministry gave the embassy until Friday to answer the protest note."
    assert _dates(text, "2031-06-12")["Friday"] == "2031-06-13"


def test_weekday_after_until_with_a_past_auxiliary_stays_past() -> None:
    text = "Until Monday, the envoys had met only in secret."
    assert _dates(text, "2031-06-12")["Monday"] == "2031-06-09"


def test_plain_past_weekday_unchanged() -> None:
    text = "The foreign minister said on Tuesday that the talks had ended."
    assert _dates(text, "2031-06-12")["Tuesday"] == "2031-06-10"


def test_opening_weekday_skips_a_subordinate_clause_for_its_tense() -> None:
    # the plans of the "when" clause do not put the main clause in the future
    text = (
        "On Friday, when the envoy set aside his holiday plans for a rushed trip to the region,"
        " the ministry lifted the travel warning."
    )
    assert _dates(text, "2031-06-16")["Friday"] == "2031-06-13"
    text = "On Friday, when the summit opens, the envoy will travel to the capital."
    assert _dates(text, "2031-06-16")["Friday"] == "2031-06-20"


def test_past_verb_right_after_a_weekday_overrides_an_earlier_future_cue() -> None:
    # 2031-06-16 is a Monday
    text = "Ahead of the envoy's visit, the embassy on Sunday issued new travel advice."
    assert _dates(text, "2031-06-16")["Sunday"] == "2031-06-15"
    text = "The envoy will arrive on Sunday accompanied by two advisers."
    assert _dates(text, "2031-06-16")["Sunday"] == "2031-06-22"
