"""Name cleaning over plain strings and offsets (no spaCy): what a mention's label should be.

Trimming moves the span itself, so anchorOf always equals text[begin:end]; the nickname in
Kenneth "Frank" McKenzie is dropped from the label only (the span keeps the text as written).
"""

from __future__ import annotations

import re
import unicodedata

TITLES = (
    "mr", "mrs", "ms", "dr", "prof", "sir", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt",
    "adm", "brig", "cmdr", "cdr", "gov", "sen", "rep", "rev", "sheikh", "mullah", "mawlawi", "maulvi",
    "general", "lieutenant", "colonel", "major", "captain", "sergeant", "admiral", "commander",
    "president", "minister", "governor", "senator", "ambassador", "secretary", "spokesman", "spokesperson",
    "spokeswoman", "prime", "deputy", "chief", "king", "queen", "prince", "emir", "mayor", "judge",
)
_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_TITLE = re.compile(r"^(?:(?i:" + "|".join(TITLES) + r"))\.?\s+(?=[A-Z\u00C0-\u024F])")
_TRAIL = re.compile(r"(?:\s*['’`´]s?|[\s,.;:!?\-–—)\]\"“”'‘’]+)+$")
_LEAD_PUNCT = re.compile(r"^[\s,.;:!?\-–—(\[\"“”'‘’]+")
_NICKNAME = re.compile(r"\s+[\"“‘'][^\"”’']{1,30}[\"”’']\s+")


def trim(text: str, begin: int, end: int, person: bool = False) -> tuple[int, int]:
    """Shrink [begin, end) of text past leading articles (and titles, for a person) and trailing
    possessives and punctuation."""
    while True:
        piece = text[begin:end]
        m = _LEAD_PUNCT.match(piece) or _ARTICLE.match(piece) or (_TITLE.match(piece) if person else None)
        if m and m.end() < len(piece):
            begin += m.end()
            continue
        m = _TRAIL.search(piece)
        if m and m.start() > 0:
            end = begin + m.start()
            continue
        return begin, end


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
