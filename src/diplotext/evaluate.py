"""Score diplotext against gold annotations written to the project's guidelines.

A gold directory holds pairs ``<id>.txt`` (the article, as collected) and
``<id>.json`` (what a careful reader takes out of it). :func:`evaluate` parses
every text and compares the output with its gold record field by field; the
rules are those of the annotation guidelines:

- ``published``: the value must agree at the precision the gold gives (the day;
  with a time, also the hour, minute and UTC offset).
- ``dates``, ``countries``, ``topics``: sets of values, codes and labels.
- ``organizations`` and ``officials``: one-to-one, in gold order, with the first
  unpaired prediction that shares a name or alias after :func:`normalize_name`;
  then ``role``, ``country`` and ``organization`` accuracy over the officials
  paired.
- ``events``: paired when their participant sets are the same people (a name
  counts as the gold official whose name or alias it is); among several
  candidates, the one agreeing most on type, date and status. Then ``type``,
  ``date``, ``location`` and ``status`` accuracy over the pairs, where the gold
  value is not null.

Counts are summed over all articles (micro-averaging) before precision, recall
and F1 are taken.

>>> gold = {"countries": ["AZ", "BE"], "officials": [
...     {"name": "Jeyhun Bayramov", "aliases": ["Bayramov"], "role": "foreign_minister",
...      "country": "AZ", "organization": None}]}
>>> pred = {"countries": [{"alpha2": "AZ"}, {"alpha2": "FR"}], "officials": [
...     {"name": "Bayramov", "aliases": [], "role": "minister", "country": "AZ",
...      "organization": None}]}
>>> scores = score_article(gold, pred)
>>> scores["countries"].tp, scores["countries"].fp, scores["countries"].fn
(1, 1, 1)
>>> scores["officials"].f1, scores["officials"].accuracy("role")
(1.0, 0.0)
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from diplotext.parser import Parser

__all__ = [
    "FIELDS",
    "GOLD_KEYS",
    "EvaluationError",
    "FieldScore",
    "GoldPair",
    "Scores",
    "check_gold",
    "evaluate",
    "iter_gold",
    "normalize_name",
    "score_article",
]

#: The fields scored, in the order tables list them.
FIELDS: tuple[str, ...] = (
    "published",
    "dates",
    "countries",
    "organizations",
    "officials",
    "events",
    "topics",
)

#: Attribute accuracies reported per field, in this order.
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "officials": ("role", "country", "organization"),
    "events": ("type", "date", "location", "status"),
}

Record = Mapping[str, Any]

# --- name normalization ---------------------------------------------------------------------

# Anything that is neither a word character, a space nor an apostrophe becomes a space:
# "U.N." -> "u n", "Al-Sabah" -> "al sabah".
_PUNCTUATION = re.compile(r"[^\w\s']")
_SPACES = re.compile(r"\s+")
# One leading article: "the European Council" -> "european council".
_LEADING_THE = re.compile(r"^the ")
# One leading courtesy title of the scoring rules, after punctuation became spaces:
# "dr ", "h e " (from "H.E."), "his excellency ", "sheikh ".
_SCORING_HONORIFIC = re.compile(
    r"^(?:dr|mr|mrs|ms|prof|sir|sheikh|his excellency|her excellency|h\.?\s?e)\.?\s+"
)


def normalize_name(value: object) -> str:
    """The comparison key of a name: case, accents, punctuation, "the" and honorific ignored.

    >>> normalize_name("the Organization for Security and Co-operation in Europe")
    'organization for security and co operation in europe'
    >>> normalize_name("H.E. Mr. Tobias Billström"), normalize_name("Dr. Ilham Aliyev")
    ('mr tobias billstrom', 'ilham aliyev')
    """
    decomposed = unicodedata.normalize("NFKD", str(value))
    s = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    s = s.replace("\u2019", "'").replace("-", " ")
    s = _SPACES.sub(" ", _PUNCTUATION.sub(" ", s)).strip()
    s = _LEADING_THE.sub("", s, count=1)
    return _SCORING_HONORIFIC.sub("", s, count=1)


def _names(item: object) -> set[str]:
    """Every normalized name of a gold or predicted record (name, aliases, acronym)."""
    if isinstance(item, str):
        return {normalize_name(item)}
    found: set[str] = set()
    if isinstance(item, Mapping):
        if item.get("name"):
            found.add(normalize_name(item["name"]))
        for key in ("aliases", "acronym", "short_name"):
            more = item.get(key)
            if isinstance(more, str):
                if more:
                    found.add(normalize_name(more))
            elif isinstance(more, (list, tuple)):
                found.update(normalize_name(a) for a in more if a)
    found.discard("")
    return found


# --- reading values of gold and predicted records -------------------------------------------


def _value(item: object) -> str | None:
    """A date value: the string itself, or the ``value`` of a record."""
    if item is None:
        return None
    if isinstance(item, Mapping):
        v = item.get("value")
        return None if v is None else str(v)
    return str(item)


def _code(item: object) -> str | None:
    """A country code, upper case: the string itself, or the code of a country record."""
    if isinstance(item, Mapping):
        for key in ("alpha2", "alpha_2", "code", "country"):
            if item.get(key):
                return str(item[key]).upper()
        return None
    return None if item is None else str(item).upper()


def _label(item: object) -> str | None:
    """A topic label: the string itself, or the ``label`` (or ``name``) of a record."""
    if isinstance(item, Mapping):
        found = item.get("label") or item.get("name")
        return None if found is None else str(found)
    return None if item is None else str(item)


def _items(record: Record, field: str) -> list[Any]:
    return list(record.get(field) or [])


# --- tallies --------------------------------------------------------------------------------


@attrs.define
class FieldScore:
    """Counts for one field: true/false positives, false negatives, attribute hits, misses."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    #: attribute -> [correct, compared]
    attributes: dict[str, list[int]] = attrs.Factory(dict)
    #: one line per disagreement, for ``--details``
    misses: list[str] = attrs.Factory(list)

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when the gold is empty."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, attribute: str) -> float | None:
        """Share of paired records whose ``attribute`` agrees; ``None`` if none was compared."""
        correct, compared = self.attributes.get(attribute, (0, 0))
        return correct / compared if compared else None

    def check(self, attribute: str, ok: bool, miss: str) -> None:
        """Count one comparison of ``attribute``; record ``miss`` when it disagrees."""
        tally = self.attributes.setdefault(attribute, [0, 0])
        tally[0] += int(ok)
        tally[1] += 1
        if not ok:
            self.misses.append(miss)

    def to_dict(self) -> dict[str, Any]:
        """Scores rounded to 4 places, counts, and ``<attribute>_acc`` for each attribute seen."""
        out: dict[str, Any] = {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }
        for name in self.attributes:
            acc = self.accuracy(name)
            out[f"{name}_acc"] = None if acc is None else round(acc, 4)
        return out


@attrs.define
class Scores:
    """The scores of every field, accumulated over one or more articles.

    ``scores["officials"]`` is the :class:`FieldScore` of a field.
    """

    fields: dict[str, FieldScore] = attrs.Factory(lambda: {f: FieldScore() for f in FIELDS})
    #: how many articles were scored
    articles: int = 0

    def __getitem__(self, field: str) -> FieldScore:
        return self.fields[field]

    def to_dict(self) -> dict[str, dict[str, Any]]:
        """Field -> scores, as ``diplotext evaluate --json`` prints them."""
        return {name: score.to_dict() for name, score in self.fields.items()}

    def table(self) -> str:
        """A plain-text table: precision, recall, F1, counts and attribute accuracies.

        >>> print(Scores().table().splitlines()[0])
        field                P      R     F1   tp/fp/fn   attributes
        """
        lines = [f"{'field':<15}{'P':>7}{'R':>7}{'F1':>7}   tp/fp/fn   attributes"]
        for name, s in self.fields.items():
            order = ATTRIBUTES.get(name, ())
            seen = [a for a in order if a in s.attributes]
            seen += [a for a in s.attributes if a not in order]
            attrs_text = "  ".join(f"{a}={s.accuracy(a):.2f}" for a in seen)
            lines.append(
                f"{name:<15}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}"
                f"   {s.tp}/{s.fp}/{s.fn}   {attrs_text}".rstrip()
            )
        return "\n".join(lines)

    def details(self) -> list[str]:
        """Every disagreement, one line each, prefixed by its field."""
        return [f"[{name}] {m}" for name, s in self.fields.items() for m in s.misses]


# --- matching -------------------------------------------------------------------------------


def _pair_by_names(gold: Sequence[set[str]], pred: Sequence[set[str]]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index): each gold record, in order, takes the first
    predicted record not yet taken that shares one of its names."""
    taken: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gi, names in enumerate(gold):
        pi = next((i for i, p in enumerate(pred) if i not in taken and names & p), None)
        if pi is not None:
            taken.add(pi)
            pairs.append((gi, pi))
    return pairs


def _same_published(gold: str, pred: str | None) -> bool:
    """Does ``pred`` agree with the gold publication value at the gold's precision?"""
    if pred is None:
        return False
    g, p = gold.replace(" ", ""), pred.replace(" ", "")
    if "T" not in g:
        return p[:10] == g[:10]
    minute, offset = g[:16], g[16:]
    return p.startswith(minute) and (not offset or p.endswith(offset))


def _score_published(gold: Record, pred: Record, s: FieldScore, doc: str) -> None:
    want = gold.get("published")
    got = _value(pred.get("published"))
    if want is None:
        if got is not None:
            s.fp += 1
            s.misses.append(f"{doc}: published {got!r} predicted, gold has none")
        return
    if _same_published(str(want), got):
        s.tp += 1
        return
    s.fn += 1
    if got is not None:
        s.fp += 1
    s.misses.append(f"{doc}: published {got!r}, gold {want!r}")


def _score_set(
    gold: Record,
    pred: Record,
    field: str,
    key: Callable[[object], str | None],
    s: FieldScore,
    doc: str,
) -> None:
    want = {k for k in map(key, _items(gold, field)) if k is not None}
    got = {k for k in map(key, _items(pred, field)) if k is not None}
    s.tp += len(want & got)
    s.fp += len(got - want)
    s.fn += len(want - got)
    s.misses.extend(f"{doc}: missed {v}" for v in sorted(want - got))
    s.misses.extend(f"{doc}: extra {v}" for v in sorted(got - want))


def _count_pairs(
    s: FieldScore,
    kind: str,
    gold: Sequence[Any],
    pred: Sequence[Any],
    pairs: Sequence[tuple[int, int]],
    pred_names: Sequence[set[str]],
    doc: str,
) -> None:
    s.tp += len(pairs)
    s.fn += len(gold) - len(pairs)
    s.fp += len(pred) - len(pairs)
    paired_gold = {g for g, _ in pairs}
    paired_pred = {p for _, p in pairs}
    for i, g in enumerate(gold):
        if i not in paired_gold:
            s.misses.append(f"{doc}: missed {kind} {_display(g)}")
    for i, p in enumerate(pred):
        if i not in paired_pred:
            s.misses.append(f"{doc}: extra {kind} {_display(p)} {sorted(pred_names[i])}")


def _display(item: object) -> str:
    if isinstance(item, Mapping):
        return repr(item.get("name"))
    return repr(item)


def _score_organizations(gold: Record, pred: Record, s: FieldScore, doc: str) -> None:
    g_items, p_items = _items(gold, "organizations"), _items(pred, "organizations")
    g_names = [_names(o) for o in g_items]
    p_names = [_names(o) for o in p_items]
    pairs = _pair_by_names(g_names, p_names)
    _count_pairs(s, "organization", g_items, p_items, pairs, p_names, doc)


def _same_organization(gold: Record, want: object, got: object) -> bool:
    """An official's body agrees when the names meet, directly or through one gold entry."""
    w = _names(want) if want else set()
    g = _names(got) if got else set()
    if not w and not g:
        return True
    if w & g:
        return True
    if not w or not g:
        return False
    return any(
        names & w and names & g for names in (_names(o) for o in _items(gold, "organizations"))
    )


def _score_officials(
    gold: Record, pred: Record, s: FieldScore, doc: str
) -> tuple[list[set[str]], list[set[str]], list[tuple[int, int]]]:
    g_items, p_items = _items(gold, "officials"), _items(pred, "officials")
    g_names = [_names(o) for o in g_items]
    p_names = [_names(o) for o in p_items]
    pairs = _pair_by_names(g_names, p_names)
    for gi, pi in pairs:
        want, got = g_items[gi], p_items[pi]
        who = f"{doc}: {want.get('name')}"
        s.check(
            "role",
            want.get("role") == got.get("role"),
            f"{who} role {got.get('role')} != {want.get('role')}",
        )
        want_country = want.get("country") or None
        got_country = _code(got.get("country")) if got.get("country") else None
        s.check(
            "country",
            want_country == got_country,
            f"{who} country {got.get('country')} != {want.get('country')}",
        )
        s.check(
            "organization",
            _same_organization(gold, want.get("organization"), got.get("organization")),
            f"{who} organization {got.get('organization')} != {want.get('organization')}",
        )
    _count_pairs(s, "official", g_items, p_items, pairs, p_names, doc)
    return g_names, p_names, pairs


def _person_resolver(
    g_names: Sequence[set[str]], p_names: Sequence[set[str]], pairs: Sequence[tuple[int, int]]
) -> Callable[[object], str]:
    """A function giving each participant name a key that identifies the person.

    A name of a gold official is that official; else a name of a predicted official
    that was paired with a gold one is that gold official; else the name itself.
    """
    gold_of_pred = {p: g for g, p in pairs}

    def key(participant: object) -> str:
        if isinstance(participant, Mapping):
            participant = participant.get("name") or ""
        n = normalize_name(participant)
        for gi, names in enumerate(g_names):
            if n in names:
                return f"gold:{gi}"
        for pi, names in enumerate(p_names):
            if n in names and pi in gold_of_pred:
                return f"gold:{gold_of_pred[pi]}"
        return f"name:{n}"

    return key


def _event_date(event: Record) -> Any:
    d = event.get("date")
    return _value(d) if isinstance(d, Mapping) else d


def _score_events(
    gold: Record,
    pred: Record,
    s: FieldScore,
    doc: str,
    person: Callable[[object], str],
) -> None:
    g_items, p_items = _items(gold, "events"), _items(pred, "events")

    def people(event: Record) -> frozenset[str]:
        return frozenset(person(p) for p in event.get("participants") or [])

    g_people = [people(e) for e in g_items]
    p_people = [people(e) for e in p_items]
    used: set[int] = set()
    for gi, want in enumerate(g_items):
        best: int | None = None
        best_agreement = -1
        for pi, got in enumerate(p_items):
            if pi in used or p_people[pi] != g_people[gi]:
                continue
            agreement = (
                int(want.get("type") == got.get("type"))
                + int(want.get("date") == _event_date(got))
                + int(want.get("status") == got.get("status"))
            )
            if agreement > best_agreement:  # ties: the first candidate stays
                best, best_agreement = pi, agreement
        if best is None:
            s.fn += 1
            s.misses.append(f"{doc}: missed event {want.get('type')} {want.get('participants')}")
            continue
        used.add(best)
        s.tp += 1
        got = p_items[best]
        for attribute in ATTRIBUTES["events"]:
            expected = want.get(attribute)
            if expected is None:
                continue
            value = got.get(attribute)
            if attribute == "date" and isinstance(value, Mapping):
                value = _value(value)
            if isinstance(value, Mapping):
                value = value.get("name") or value.get("text")
            ok = value is not None and normalize_name(value) == normalize_name(expected)
            s.check(
                attribute,
                ok,
                f"{doc}: event {want.get('participants')} {attribute} {value!r} != {expected!r}",
            )
    s.fp += len(p_items) - len(used)
    for pi, got in enumerate(p_items):
        if pi not in used:
            s.misses.append(f"{doc}: extra event {got.get('type')} {got.get('participants')}")


def score_article(
    gold: Record, pred: Record, doc: str = "", scores: Scores | None = None
) -> Scores:
    """Compare one predicted article (``Article.to_dict()``) with its gold record.

    The counts are added to ``scores`` (a new :class:`Scores` when ``None``),
    which is returned; ``doc`` names the article in the misses.

    >>> s = score_article({"published": "2024-09-24", "dates": [{"value": "2024-09-23"}]},
    ...                   {"published": {"value": "2024-09-24"}, "dates": []})
    >>> s["published"].tp, s["dates"].fn
    (1, 1)
    """
    scores = Scores() if scores is None else scores
    scores.articles += 1
    _score_published(gold, pred, scores["published"], doc)
    _score_set(gold, pred, "dates", _value, scores["dates"], doc)
    _score_set(gold, pred, "countries", _code, scores["countries"], doc)
    _score_set(gold, pred, "topics", _label, scores["topics"], doc)
    _score_organizations(gold, pred, scores["organizations"], doc)
    g_names, p_names, pairs = _score_officials(gold, pred, scores["officials"], doc)
    _score_events(gold, pred, scores["events"], doc, _person_resolver(g_names, p_names, pairs))
    return scores


# --- checking gold records -----------------------------------------------------------------

#: The keys of a gold record (``id`` is optional).
GOLD_KEYS: tuple[str, ...] = ("id", *FIELDS)


def _vocabularies() -> dict[str, Any]:
    """The vocabularies and the date pattern, from the shipped JSON Schema (one source)."""
    from diplotext.schema import schema

    defs = schema()["$defs"]
    return {
        "role": set(defs["official"]["properties"]["role"]["enum"]),
        "type": set(defs["event"]["properties"]["type"]["enum"]),
        "status": set(defs["event"]["properties"]["status"]["enum"]),
        "topic": set(defs["topic_label"]["enum"]),
        "date": re.compile(defs["date_value"]["pattern"]),
        "code": re.compile(defs["country_code"]["pattern"]),
    }


def check_gold(gold: Record, text: str | None = None) -> list[str]:
    """Problems of a gold record: unknown keys, values outside the vocabularies, malformed
    dates and codes, event participants that are no official's name, and (given the
    article ``text``) date texts and official names that do not occur in it.

    >>> gold = {"countries": ["AZ"], "topics": ["energy", "sports"], "officials": [
    ...     {"name": "Jeyhun Bayramov", "role": "foreign_minister", "country": "az"}]}
    >>> for problem in check_gold(gold):
    ...     print(problem)
    official 'Jeyhun Bayramov': country 'az' is not an ISO alpha-2 code
    topic 'sports' is not in the vocabulary
    """
    v = _vocabularies()
    problems = [f"unknown key {k!r}" for k in gold if k not in GOLD_KEYS]

    def date_ok(value: object) -> bool:
        return isinstance(value, str) and bool(v["date"].fullmatch(value))

    published = gold.get("published")
    if published is not None and (not date_ok(published) or "/" in str(published)):
        problems.append(f"published {published!r} is not an ISO 8601 date or date-time")
    seen: set[str] = set()
    for d in _items(gold, "dates"):
        value = _value(d)
        if not date_ok(value):
            problems.append(f"date value {value!r} is malformed")
        elif value in seen:
            problems.append(f"date value {value!r} is listed twice")
        seen.add(str(value))
        if text is not None and isinstance(d, Mapping) and d.get("text") and d["text"] not in text:
            problems.append(f"date text {d['text']!r} does not occur in the article")
    for c in _items(gold, "countries"):
        if not isinstance(c, str) or not v["code"].fullmatch(c):
            problems.append(f"country {c!r} is not an ISO alpha-2 code")
    for o in _items(gold, "organizations"):
        if not isinstance(o, Mapping) or not o.get("name"):
            problems.append(f"organization {o!r} has no name")
    forms: set[str] = set()
    for o in _items(gold, "officials"):
        if not isinstance(o, Mapping) or not o.get("name"):
            problems.append(f"official {o!r} has no name")
            continue
        who = f"official {o['name']!r}"
        if o.get("role") not in v["role"]:
            problems.append(f"{who}: role {o.get('role')!r} is not in the vocabulary")
        country = o.get("country")
        if country is not None and not (isinstance(country, str) and v["code"].fullmatch(country)):
            problems.append(f"{who}: country {country!r} is not an ISO alpha-2 code")
        for form in [o["name"], *(o.get("aliases") or [])]:
            forms.add(normalize_name(form))
            if text is not None and str(form) not in text:
                problems.append(f"{who}: form {form!r} does not occur in the article")
    for e in _items(gold, "events"):
        if not isinstance(e, Mapping):
            problems.append(f"event {e!r} is not an object")
            continue
        people = list(e.get("participants") or [])
        what = f"event {people}"
        if e.get("type") not in v["type"]:
            problems.append(f"{what}: type {e.get('type')!r} is not in the vocabulary")
        if e.get("status") not in v["status"]:
            problems.append(f"{what}: status {e.get('status')!r} is not held or planned")
        if e.get("date") is not None and not date_ok(e.get("date")):
            problems.append(f"{what}: date {e.get('date')!r} is malformed")
        if len(people) < 2:
            problems.append(f"{what}: fewer than two participants")
        for person in people:
            if normalize_name(person) not in forms:
                problems.append(f"{what}: participant {person!r} is no official's name or alias")
    for t in _items(gold, "topics"):
        if t not in v["topic"]:
            problems.append(f"topic {t!r} is not in the vocabulary")
    return problems


# --- gold directories -----------------------------------------------------------------------


class EvaluationError(Exception):
    """A gold pair that cannot be read; the message names the file and the reason."""


@attrs.frozen
class GoldPair:
    """One annotated article: its id, text and gold record."""

    id: str
    text: str
    gold: Record


def iter_gold(gold_dir: str | PathLike[str]) -> Iterator[GoldPair | EvaluationError]:
    """Every ``<id>.json`` of ``gold_dir`` (sorted) with its ``<id>.txt``, or an error for it."""
    directory = Path(gold_dir)
    if not directory.is_dir():
        raise EvaluationError(f"{directory}: not a directory")
    files = sorted(directory.glob("*.json"))
    if not files:
        raise EvaluationError(f"{directory}: no <id>.json gold files")
    for path in files:
        text_path = path.with_suffix(".txt")
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            yield EvaluationError(f"{path}: cannot read the gold record ({exc})")
            continue
        if not isinstance(gold, dict):
            yield EvaluationError(f"{path}: the gold record is not a JSON object")
            continue
        try:
            # Text mode, as the reference scorer reads it (CRLF becomes LF).
            text = text_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            yield EvaluationError(f"{path}: no {text_path.name} beside it")
            continue
        except (OSError, UnicodeDecodeError) as exc:
            yield EvaluationError(f"{text_path}: cannot read ({exc})")
            continue
        yield GoldPair(path.stem, text, gold)


def evaluate(
    gold_dir: str | PathLike[str],
    parser: Parser | None = None,
    *,
    predictions: str | PathLike[str] | None = None,
    errors: list[EvaluationError] | None = None,
) -> Scores:
    """Parse every article of ``gold_dir`` and score the output against its gold record.

    ``parser`` is a :class:`~diplotext.Parser` (the default parser when ``None``),
    so that a parser with your own gazetteers can be measured. With
    ``predictions``, a directory of ``<id>.json`` article objects (the JSON of
    ``Article.to_dict()``, saved earlier or made by another system), those are
    scored instead and nothing is parsed; a missing ``<id>.json`` counts as an
    article where nothing was found. Pairs that cannot be read are skipped and
    appended to ``errors`` when given, else raised.
    """
    if predictions is not None and not Path(predictions).is_dir():
        raise EvaluationError(f"{predictions}: not a directory")
    scores = Scores()
    for pair in iter_gold(gold_dir):
        try:
            if isinstance(pair, EvaluationError):
                raise pair
            if predictions is not None:
                pred = _saved_prediction(Path(predictions) / f"{pair.id}.json")
            else:
                if parser is None:
                    from diplotext.parser import default_parser  # the parser imports the stages

                    parser = default_parser()
                pred = parser.parse(pair.text).to_dict()
        except EvaluationError as exc:
            if errors is None:
                raise
            errors.append(exc)
            continue
        score_article(pair.gold, pred, pair.id, scores)
    return scores


def _saved_prediction(path: Path) -> Record:
    """The article object saved at ``path``; an empty one when there is no such file."""
    if not path.exists():
        return {}
    try:
        pred = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise EvaluationError(f"{path}: cannot read the prediction ({exc})") from None
    if not isinstance(pred, dict):
        raise EvaluationError(f"{path}: the prediction is not a JSON object")
    return pred
