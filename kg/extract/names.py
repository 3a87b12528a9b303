"""Name cleaning over plain strings and offsets (no spaCy): what a mention's label should be.

Trimming moves the span itself, so anchorOf always equals text[begin:end]; the nickname in
Kenneth "Frank" McKenzie is dropped from the label only (the span keeps the text as written).
"""

from __future__ import annotations

import re
import unicodedata

TITLES = (
    "mr", "mrs", "ms", "dr", "prof", "sir", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt",
    "adm", "brig", "cmdr", "cdr", "gov", "sen", "rep", "rev", "sheikh", "mullah", "mawlawi", "maulvi", "ayatollah", "sayyed", "sayyid",
    "general", "lieutenant", "colonel", "major", "captain", "sergeant", "admiral", "commander", "brigadier",
    "president", "minister", "governor", "senator", "ambassador", "secretary", "spokesman", "spokesperson",
    "spokeswoman", "prime", "deputy", "chief", "king", "queen", "prince", "emir", "mayor", "judge",
    "lawmaker", "legislator", "commissioner", "rear", "vice",
    "pastor", "imam", "abbot", "father", "bishop", "archbishop", "priest", "reverend", "rabbi", "cardinal", "pm", "premier",
)
_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
# A hedge that opens a sentence, swept into the name after it: "Suspected Allied Democratic Forces rebels".
_HEDGE = re.compile(r"^(?:Suspected|Alleged|Purported|Presumed|Presumably|Reportedly)\s+(?=[A-Z])")
_TITLE = re.compile(r"^(?:(?i:" + "|".join(TITLES) + r"))\.?\s+(?=[A-Z\u00C0-\u024F])")
_TRAIL = re.compile(r"(?:\s*['’`´]s?|[\s,.;:!?\-–—)\]\"“”'‘’]+)+$")
_LEAD_PUNCT = re.compile(r"^[\s,.;:!?\-–—(\[\"“”'‘’]+")
# A final period that belongs to the name: "U.S.", "U.N.", "Salomon Bros.", "Acme Corp."
_ABBREVIATION = re.compile(r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Corp|Inc|Co|Ltd|Bros|Jr|Sr|Plc|Cie)\.)$")
# Scores, years and dates the tagger swept into a name: "Kent 244", "Calif 1996-08-30".
# A number after a word that takes one ("Camp 5", "Route 66", "Resolution 2593") belongs to the name.
_TRAIL_NUMBER = re.compile(r"(?:\s+(?:\d[\d.]*|\d[\d.]*[-/:][\d\-/:.]*))+$")
NUMBERED = {"camp", "route", "highway", "gate", "sector", "block", "flight", "apollo", "zone", "unit", "brigade",
            "base", "tower", "outpost", "checkpoint", "resolution", "post", "district", "division", "battalion", "regiment", "corps"}
# A headline's section label before the name: "SOCCER - KLINSMANN".
_SECTION = re.compile(r"^[A-Z]{2,}(?:\s+[A-Z]{2,})*\s+[-–—]\s+(?=\S)")
_NICKNAME = re.compile(r"\s+[\"“‘'][^\"”’']{1,30}[\"”’']\s+")


def trim(text: str, begin: int, end: int, person: bool = False,
         nationalities: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Shrink [begin, end) of text past leading articles, section labels (and titles and
    nationalities, for a person: "Australian Rodney Eyles") and trailing possessives, punctuation
    and numbers; a period that ends an abbreviation stays."""
    while True:
        piece = text[begin:end]
        m = _LEAD_PUNCT.match(piece) or _ARTICLE.match(piece) or _HEDGE.match(piece) or _SECTION.match(piece) or (
            _TITLE.match(piece) if person else None)
        if m and m.end() < len(piece):
            begin += m.end()
            continue
        first = piece.split(maxsplit=1)
        if person and len(first) == 2 and first[0] in nationalities and first[1][:1].isupper():
            begin += len(piece) - len(piece.lstrip()) + len(first[0])
            begin += len(text[begin:end]) - len(text[begin:end].lstrip())
            continue
        m = _TRAIL_NUMBER.search(piece)
        if m and m.start() > 0 and piece[:m.start()].split()[-1].lower() not in NUMBERED:
            end = begin + m.start()
            continue
        if _ABBREVIATION.search(piece):
            return begin, end
        m = _TRAIL.search(piece)
        if m and m.start() > 0:
            end = begin + m.start()
            continue
        return begin, end


_ARTICLED = re.compile(r"^(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh)[-‑](?=[A-Z])")


def surnames(full: str) -> list[str]:
    """A full name's last word, and it without the Arabic article it may drop: "Bashar al-Assad" is
    "al-Assad" and "Assad"."""
    last = full.split()[-1]
    bare = _ARTICLED.sub("", last)
    return [last] + ([bare] if bare != last and len(bare) > 2 else [])


def label_of(surface: str) -> str:
    """The label for a trimmed surface form: nickname dropped, white space folded, NFC."""
    name = _NICKNAME.sub(" ", f" {surface} ").strip()
    return " ".join(unicodedata.normalize("NFC", name).split())


def normalise(name: str) -> str:
    """Comparison key for names: case, diacritics, quotes, a leading 'the' and possessives folded.

    Idempotent: normalise(normalise(x)) == normalise(x).
    """
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("’", "'").replace("‘", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w]+", " ", s).strip()
    s = re.sub(r"^(?:the\s+)+", "", s)
    return " ".join(s.split())
