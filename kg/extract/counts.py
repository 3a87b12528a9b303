"""Numbers of people in news text: "more than 3,000", "some 5,183", "dozens" (standard library only).

Vague amounts are coded conservatively, as ACLED does: dozens -> 12, hundreds -> 100, thousands -> 1000.
"""

from __future__ import annotations

import re

WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
              "ninety": 90, "a dozen": 12, "dozen": 12, "a hundred": 100, "a thousand": 1000,
              "a million": 1000000, "half a million": 500000})
VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "tens of thousands": 10000,
         "hundreds of thousands": 100000, "millions": 1000000,
         # "several dozen" is more than two dozen at the least: its floor, never a guess at the middle
         "several dozen": 24, "several hundred": 200, "several thousand": 2000,
         "a few dozen": 24, "a few hundred": 200, "a few thousand": 2000}
SCALE = {"hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000}
AT_LEAST = ("more than", "over", "at least", "upwards of", "in excess of", "no fewer than", "no less than")
ABOUT = ("about", "around", "some", "nearly", "almost", "approximately", "roughly", "an estimated",
         "estimated", "up to", "close to", "as many as", "circa")
AT_MOST = ("fewer than", "less than", "under", "at most", "no more than")


def parse_count(text: str) -> tuple[int, str] | None:
    """'more than 3,000' -> (3000, 'at least'); 'dozens' -> (12, 'at least'); None if no number."""
    s = " ".join(text.lower().replace("\u2009", " ").split())
    qualifier = "exact"
    s = s.removeprefix("all ")  # "all 33 militants": every one of them, exactly
    if s.startswith("between "):
        qualifier, s = "at least", s[len("between "):]  # "between 15 and 20 soldiers": the lower bound, at least
        return _number(s, qualifier)
    for words, name in ((AT_LEAST, "at least"), (ABOUT, "about"), (AT_MOST, "at most")):
        for w in sorted(words, key=len, reverse=True):
            if s.startswith(w + " "):
                qualifier, s = name, s[len(w) + 1:]
                break
        else:
            continue
        break
    for phrase, value in sorted(VAGUE.items(), key=lambda kv: -len(kv[0])):
        if s == phrase or s.startswith(phrase + " "):
            return value, "at least"
    return _number(s, qualifier)


def _number(s: str, qualifier: str) -> tuple[int, str] | None:
    m = re.match(r"^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(hundred|thousand|million|billion))?\b", s)
    if m:
        number = float(m.group(1).replace(",", ""))
        if m.group(2):
            number *= SCALE[m.group(2)]
        return int(round(number)), qualifier
    tens = re.match(r"^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)\b", s)
    if tens:  # "twenty-one", "forty five"
        return WORDS[tens.group(1)] + WORDS[tens.group(2)], qualifier
    for phrase, value in sorted(WORDS.items(), key=lambda kv: -len(kv[0])):
        if s == phrase or s.startswith(phrase + " "):
            rest = s[len(phrase):].strip().split(" ", 1)[0]
            return value * SCALE.get(rest, 1), qualifier
    return None
