"""Numbers: the scan's shortcuts change no output (the token split's fast paths, the words it need not parse)."""
import random
import re

import pytest

import arnews
from arnews.numbers import extract as X, tokens


def _plain_split():
    """The token split without its shortcuts: every alternative tried at every position."""
    word = r"(?P<word>[\u0621-\u064a]+[^\W\d_]*|[^\W\d_]+)"
    assert word in tokens._TOK.pattern
    pat = tokens._TOK.pattern.replace(word, r"(?P<word>[^\W\d_]+)")
    return re.compile("(" + re.sub(r"\(\?P<\w+>", "(?:", pat) + ")", re.X)


def test_token_split_shortcuts_change_no_token():
    plain = _plain_split()
    alphabet = list("ابتثجحخدذرسشصضطظعغفقكلمنهوي ءآأؤإئىةـ\u064b\u0670 abcXYZ_ 0123456789٠١٢٣ .,:;/-+()#*%\t\n\r"
                    "\u00a0²½Ⅻ\u2028\u200c\u200féä")
    rnd = random.Random(7)
    for _ in range(20_000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
        assert tokens._TOK_SPLIT.split(s) == plain.split(s), s


def _lead_words():
    x = X.Extractor()
    return sorted(w for w in x._forms if type(x._word_kind(w)) is X._Lead)


def test_lead_words_are_the_lead_categories_only():
    words = set(_lead_words())
    assert {"نحو", "هذا", "منتصف", "صباحا"} <= words
    assert not {"ثلاثه", "عام", "يناير", "اليوم", "امس"} & words  # these parse alone


@pytest.mark.parametrize("ref", [None, "2015-07-21"])
def test_lead_words_skipped_only_where_nothing_starts(monkeypatch, ref):
    """Lead words before tokens that start nothing (and before ones that do): the same records as a scan
    that parses every lead word."""
    import datetime as dt
    ref = dt.date.fromisoformat(ref) if ref else None
    rnd = random.Random(3)
    followers = ["في", "و", "الى", "،", ".", "(", "-", "%", "عشر", "كان", "الصفر", "تقريبا", "ونصف", "5", "3 ملايين",
                 "العام", "الماضي", "مارس", "الخميس", "الساعه", "ثلاثه", "2015", "10:30", "$"]
    words = _lead_words()
    texts = [" ".join([w] + rnd.sample(followers, 3)) for w in rnd.sample(words, 300)]
    texts.append("\n".join(texts[:40]))
    plain = X.Extractor._word_kind

    def run():
        nlp = arnews.Pipeline(components=["structure", "sentences", "tokens", "numbers"])
        out = []
        for t in texts:
            d = nlp(t, reference_date=ref, unresolved_relative=True)
            out.append([x.model_dump() for x in list(d.quantities) + list(d.temporals)])
        return out

    fast = run()
    monkeypatch.setattr(X.Extractor, "_word_kind",
                        lambda self, w: 1 if type(plain(self, w)) is X._Lead else plain(self, w))
    assert run() == fast
    assert any(fast)
