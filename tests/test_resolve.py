from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kg.extract.names import normalise
from kg.model import Document, Extraction, Mention, Span
from kg.resolve import name_key, resolve

names = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=300)
@given(names, names)
def test_different_names_never_share_a_key_unless_an_alias_says_so(lexicon, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    assume(normalise(a) != normalise(b))
    assume(not lexicon.lookup(a) and not lexicon.lookup(b))
    assert name_key(a, lexicon) != name_key(b, lexicon)


@given(names)
def test_name_key_is_stable(lexicon, a: str) -> None:  # type: ignore[no-untyped-def]
    assert name_key(a, lexicon) == name_key(a, lexicon)


def _extraction(text: str, spans: list[tuple[str, str]]) -> Extraction:
    mentions = []
    for name, cls in spans:
        begin = text.index(name)
        mentions.append(Mention(Span(begin, begin + len(name), name), name, cls))
    return Extraction(Document("d", text), (Span(0, len(text), text),), tuple(mentions))


def test_short_names_join_the_full_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "Kirby said so. John Kirby is a spokesman. Nicole Ferrara agreed."
    resolved = resolve(_extraction(text, [("Kirby", "Person"), ("John Kirby", "Person"), ("Nicole Ferrara", "Person")]),
                       lexicon)
    assert resolved.mention_keys[0] == resolved.mention_keys[1] == "john-kirby"
    entity = next(e for e in resolved.entities if e.key == "john-kirby")
    assert entity.label == "John Kirby" and len(entity.mentions) == 2


def test_aliases_share_the_gazetteer_key(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "America and the United States and the U.S. are one."
    resolved = resolve(_extraction(text, [("America", "Country"), ("United States", "Country"), ("U.S.", "Country")]),
                       lexicon)
    assert set(resolved.mention_keys) == {"united-states"}
    assert [e.label for e in resolved.entities] == ["United States"]


def test_diacritics_and_case_fold_to_one_key(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert name_key("Mazār Village", lexicon) == name_key("MAZAR village", lexicon)


def test_regression_names_without_letters_do_not_collide(lexicon) -> None:  # type: ignore[no-untyped-def]
    # Found by hypothesis: ':' and 'X' both became the key 'x'; '_a' and 'a' both became 'a'.
    assert len({name_key(n, lexicon) for n in (":", "X", "_a", "a")}) == 4


def test_hostile_names_do_not_crash_or_merge(extract_text, lexicon) -> None:  # type: ignore[no-untyped-def]
    """Emoji, Pashto/Dari in Arabic script, a 500-character "name" and a Cyrillic homoglyph."""
    long_name = "Abdul " + "Rahman" * 83  # 500 characters
    text = (f"Mullah Ahmad 🔥 Khan said the attack was over. {long_name} said nothing. "
            "ملا احمد خان said the fighters left. Officials in Kаbul said the city was calm. "
            "Officials in Kabul said the city was calm.")
    ex = extract_text(text)
    resolved = resolve(ex, lexicon)
    for m in ex.mentions:
        assert text[m.span.begin:m.span.end] == m.span.text
    keys = {m.span.text: resolved.mention_keys[i] for i, m in enumerate(ex.mentions)}
    # The homoglyph spelling (Cyrillic "а") is not the gazetteer's Kabul, and never shares its IRI.
    assert keys.get("Kabul") == "kabul" and keys.get("Kаbul") != "kabul"
    by_key: dict[str, set[str]] = {}
    for i, m in enumerate(ex.mentions):
        if m.ref is None and m.key is None:
            by_key.setdefault(resolved.mention_keys[i], set()).add(normalise(m.name))
    assert all(len(names) == 1 for names in by_key.values()), by_key  # no merge through normalisation
