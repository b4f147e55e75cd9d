"""Publication and numeric dates found on the blind batch of round 8 (invented sentences)."""

from __future__ import annotations

from diplotext import Parser
from readings import dates_by_text, published_value, topic_labels


def test_slash_date_stamped_east_of_greenwich_reads_day_first() -> None:
    text = (
        "Ministers agree on new rail link\n\nBy Ana Ruiz\nPublished on 04/02/2027 - 09:40 GMT+2\n\n"
        "The transport ministers of the two countries met on Thursday to sign the accord."
    )
    assert published_value(text) == "2027-02-04T09:40+02:00"


def test_slash_date_stamped_west_of_greenwich_stays_ambiguous() -> None:
    text = (
        "Ministers agree on new rail link\n\nBy Ana Ruiz\nPublished on 04/02/2027 - 09:40 GMT-5\n\n"
        "The transport ministers of the two countries met in the capital to sign the accord."
    )
    assert published_value(text) is None


def test_comma_glued_to_year_after_a_day() -> None:
    text = (
        "Envoys discuss water sharing\n\nBy Staff - Mar 7,2027 - Last updated at Mar 7,2027\n\n"
        "The two envoys on Sunday reviewed the water sharing accord."
    )
    assert published_value(text) == "2027-03-07"


def test_thousands_separator_is_no_date() -> None:
    text = "Officials said 3,500 people and 12,400 families left after May 2, 2027."
    found = dates_by_text(text)
    assert found.get("May 2, 2027") == "2027-05-02"
    assert not any(key.startswith(("3,", "12,")) for key in found)


def test_month_comma_day_slash_year_update_line() -> None:
    text = (
        "Politics\n\nTwo nations agree to widen fisheries pact\n\n"
        "Update: June, 09/2027 - 17:05\n\n"
        "PORT LOUIS - The fisheries ministers of the two states met on Tuesday."
    )
    assert published_value(text) == "2027-06-09T17:05"


def test_published_line_below_section_label_headline_and_standfirst() -> None:
    text = (
        "World / Trade\n\n"
        "Premier Ola Berg tells envoy grain pact must not be 'held hostage by politics'\n\n"
        "The agreement covers quotas, port fees and inspections, and it will run for a "
        "period of five years from the date of signature, officials said\n"
        "Customs chiefs of both countries expected to meet next month to settle the final details\n\n"
        "Lena Park in Seoul\n"
        "Published: 4:15pm, 2 Apr 2027\n"
        "Updated: 8:30pm, 2 Apr 2027\n\n"
        "The two premiers signed the grain pact on Friday after talks that lasted most of the "
        "day, their offices said in a joint statement released in the evening.\n\n"
        "Under the pact, inspectors from both sides will share the results of their checks.\n\n"
        "Port fees will be cut by a fifth over the first two years, the statement added.\n\n"
        "Farm groups in both countries welcomed the accord but asked for more details.\n\n"
        "The premiers also agreed to hold their next meeting before the end of the year."
    )
    assert published_value(text) == "2027-04-02T16:15"


def _acronyms_and_names(parser: Parser, text: str) -> set[str]:
    article = parser.parse(text)
    return {o.acronym or o.name for o in article.organizations} | {
        o.name for o in article.organizations
    }


def test_title_case_acronyms_of_the_british_house_style(parser: Parser) -> None:
    text = "Delegates from the Oecd and the Igad secretariat joined the Apec trade talks."
    found = _acronyms_and_names(parser, text)
    assert {"OECD", "IGAD", "APEC"} <= found


def test_eu_council_configuration_and_sahel_and_donor_bodies(parser: Parser) -> None:
    text = (
        "The Foreign Affairs Council will take up the sanctions file next month, while the "
        "Alliance of Sahel States asked the Ad Hoc Liaison Committee for budget support."
    )
    found = _acronyms_and_names(parser, text)
    assert {"Foreign Affairs Council", "Alliance of Sahel States", "AHLC"} <= found


def test_site_copyright_notice_is_no_digital_topic() -> None:
    text = (
        "The two trade ministers discussed tariffs and innovative customs rules on Monday.\n\n"
        "Copyright DAILY COURIER. All rights reserved. This material, and other digital "
        "content on this website, may not be reproduced, published, broadcast, rewritten or "
        "redistributed in whole or in part without prior express written permission from "
        "DAILY COURIER."
    )
    assert "technology_digital" not in topic_labels(text)
    assert "trade_economy" in topic_labels(text)
