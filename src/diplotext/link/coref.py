"""Within-article coreference of person names: one cluster per person.

Two written forms are the same person when their words agree the way a reader
would let them: "Anna K. Berg" and "Anna Berg" (one holds the other's
words), "L. Varga" and "Lena Varga" (an initial), "KAMADA Hiroshi" and
"Hiroshi Kamada" (same words, other order), "Al-Sabah" and "Al Sabah",
"Kmaoliddin Rasulov" and "Kamoliddin Rasulov" (a typo of one letter pair).
"Faisal bin Salem Al Harthy" and "Nasser bin Salem Al Harthy" differ in the
first word, so they stay apart. A surname alone joins the person who carries it
(the most recently mentioned one when several do).

>>> same_person(["anna", "k", "berg"], ["anna", "berg"])
True
>>> same_person(["faisal", "bin", "salem"], ["nasser", "bin", "salem"])
False
"""

from __future__ import annotations

from collections.abc import Sequence

from diplotext.recognize.names import similar_words

__all__ = ["alias_forms", "same_person", "word_matches"]


def _compatible_first(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return similar_words(a, b)


def same_person(a: Sequence[str], b: Sequence[str]) -> bool:
    """True when name words ``a`` and ``b`` (see :func:`~diplotext.recognize.names.name_words`)
    are two forms of one person's name (both with at least two words)."""
    if len(a) < 2 or len(b) < 2:
        return False
    sa, sb = set(a), set(b)
    if sa == sb:
        return True
    small, big = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    long_words = {w for w in small if len(w) > 1}
    if long_words and long_words <= big and small - long_words <= {w[0] for w in big}:
        # every full word of the shorter form is in the longer one, its initials too;
        # the first words must agree ("Anna Berg" / "Anna K. Berg")
        return (
            _compatible_first(a[0], b[0])
            or sa == sb
            or _given_name_dropped(a, b)
            or _first_surname(a, b)
        )
    return (_compatible_first(a[0], b[0]) and similar_words(a[-1], b[-1])) or _initial_of_last(a, b)


def _initial_of_last(a: Sequence[str], b: Sequence[str]) -> bool:
    """True when one form is the other's last name as an initial before its other words: the
    Mongolian "B.Battsetseg" (the father's name as an initial) of "Battsetseg Batmunkh".

    >>> _initial_of_last(["b", "saran"], ["saran", "bold"])
    True
    >>> _initial_of_last(["b", "saran"], ["saran", "tuya"])
    False
    """
    for short, full in ((a, b), (b, a)):
        if (
            len(short) == len(full)
            and len(short[0]) == 1
            and full[-1][0] == short[0]
            and tuple(short[1:]) == tuple(full[:-1])
        ):
            return True
    return False


#: Words that make the name after them a father's: "Mohammed bin Salman" is not "Salman".
_PATRONYMIC = frozenset({"bin", "bint", "ibn", "ben", "binti", "ould", "al", "el"})
#: Connectors that belong to the family name after them ("Ould Tah", "Ben Ali", "van Dijk").
_SURNAME_LINKS = frozenset({"ould", "ben", "abu", "van", "von", "de", "da", "di", "du", "le", "la"})
#: Arabic articles that open a surname: "al-Sharif" alone is the surname of "Omar al-Sharif".
_ARTICLES = frozenset({"al", "el"})


def _given_name_dropped(a: Sequence[str], b: Sequence[str]) -> bool:
    """True when the shorter form is the longer one without its first word(s) ("Shehbaz
    Sharif" of "Muhammad Shehbaz Sharif"), not a father's name after "bin" ("Salman bin
    Abdulaziz" of "Mohammed bin Salman bin Abdulaziz").

    >>> _given_name_dropped(["shehbaz", "sharif"], ["muhammad", "shehbaz", "sharif"])
    True
    >>> _given_name_dropped(["salman", "bin", "x"], ["mohammed", "bin", "salman", "bin", "x"])
    False

    A surname with its article is the surname alone ("al-Sharif" of "Omar al-Sharif"), but not
    after "bin" ("Al Nahyan" of "Zayed bin Sultan Al Nahyan" stays the family's):

    >>> _given_name_dropped(["al", "sharif"], ["omar", "al", "sharif"])
    True
    >>> _given_name_dropped(["al", "nahyan"], ["zayed", "bin", "sultan", "al", "nahyan"])
    True
    >>> _given_name_dropped(["al", "hussein"], ["abdullah", "bin", "al", "hussein"])
    False
    """
    short, full = (a, b) if len(a) <= len(b) else (b, a)
    n = len(short)
    if n < 2 or n == len(full) or (short[0] in _PATRONYMIC and short[0] not in _ARTICLES):
        return False
    return tuple(full[-n:]) == tuple(short) and full[-n - 1] not in _PATRONYMIC


def _first_surname(a: Sequence[str], b: Sequence[str]) -> bool:
    """True when the shorter form is the first of two surnames written in several words,
    given names and the second surname left off: "Martinez-Acha" (a compound written with a
    hyphen, here two words) of "Javier Martinez-Acha Vasquez", as Spanish and Portuguese
    names are cut ("Ruiz" alone of "Ana Ruiz Ortega": see :func:`alias_forms`).

    >>> _first_surname(["martinez", "acha"], ["javier", "martinez", "acha", "vasquez"])
    True
    >>> _first_surname(["bin", "salem"], ["nasser", "bin", "salem", "harthy"])
    False
    """
    short, full = (a, b) if len(a) <= len(b) else (b, a)
    n = len(short)
    if n < 2 or len(full) < n + 2 or short[0] in _PATRONYMIC:
        return False
    start = len(full) - 1 - n
    return tuple(full[start:-1]) == tuple(short) and full[start - 1] not in _PATRONYMIC


def word_matches(word: str, words: Sequence[str]) -> int:
    """How a single-word mention fits a name: 2 = its last word, 1 = another word, 0 = no.

    >>> word_matches("varga", ["lena", "varga"])
    2
    >>> word_matches("nasser", ["nasser", "bin", "salem"])
    1
    """
    if not words:
        return 0
    if similar_words(word, words[-1]):
        return 2
    return 1 if word in words[:-1] else 0


def alias_forms(
    name: str, words: Sequence[str], particles: frozenset[str]
) -> list[tuple[str, bool]]:
    """Forms under which a person may be mentioned again: ``(form, needs_honorific)``.

    The full name, the surname (last word; an upper-case family name written first, as in
    "KAMADA Hiroshi"), "J. Surname"; the short first word of a two-word name (a family
    name written first: "Zhao" of "Zhao Ming"); for names with "bin"/"ibn" and other
    two-word names the first word, but only after an honorific or a title ("Sheikh Nasser").

    >>> alias_forms("Lena Varga", ["lena", "varga"], frozenset())
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Lena Varga', False), ('Varga', False), ('L. Varga', False), ('L Varga', False),
     ('Lena', False)]
    >>> alias_forms("Kamala Varga", ["kamala", "varga"], frozenset())[-1]
    ('Kamala', True)
    """
    raw = name.split()
    out: list[tuple[str, bool]] = [(name, False)]
    if len(raw) < 2:
        return out
    last = raw[-1]
    if len(last) > 2:
        out.append((last, False))
    if len(raw) >= 3 and raw[-2].lower() in _SURNAME_LINKS:
        # the family name with its connector: "Ould Tah" of "Sidi Ould Tah", "van Dijk"
        out.append((f"{raw[-2]} {last}", False))
    if raw[0].isupper() and len(raw[0]) > 2 and not raw[-1].isupper():
        out.append((raw[0], False))
    first = raw[0]
    if len(first) > 1 and first[0].isalpha():
        out.append((f"{first[0]}. {last}", False))
        out.append((f"{first[0]} {last}", False))
        if len(raw) > 2 and not any(w in particles for w in words[1:-1]):
            out.append((f"{first} {last}", False))
    arabic = any(w in ("bin", "bint", "ibn") for w in words)
    if len(raw) == 2 and 1 < len(first) <= 4 and not arabic:
        # a short first word of a two-word name is often a family name written first
        # ("Zhao" for "Zhao Ming", "Park" for "Park Jin"): it may stand alone
        out.append((first, False))
    elif arabic or (len(raw) == 2 and len(first) > 1):
        # "Sheikh Nasser"; "Premier Zhao" for "Zhao Ming" (a family name written first)
        out.append((first, True))
    elif len(raw) >= 3:
        # Spanish and Portuguese double surnames: the first surname alone ("Ana Ruiz Ortega" ->
        # "Ruiz"), and the word before a particle ("Jose Ramos da Costa" -> "Ramos")
        for n in range(1, len(raw) - 1):
            word, nxt = raw[n], raw[n + 1].lower()
            before_particle = nxt in particles and n + 1 < len(raw) - 1
            penultimate = n == len(raw) - 2 and raw[-1][0].isupper()
            if (before_particle or penultimate) and len(word) > 2 and word[0].isupper():
                out.append((word, False))
                break
    if "-" in name:
        out.append((name.replace("-", " "), False))
    return out
