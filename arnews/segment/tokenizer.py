"""The token pattern shared by the sentence splitter and the tokens component.

One compiled regex gives ``(start, end, kind)`` triples over the whole text. Kinds:
``url``, ``email``, ``mention``, ``hashtag``, ``emoji``, ``number``, ``cnum`` (a clitic glued to a
number: و3، بالـ20), ``tatw`` (a clitic written with tatweel before a number or a foreign word: الـ، بـ),
``arabic`` (an Arabic word, diacritics and inner tatweel included), ``word`` (a word in another
script: Latin, Cyrillic ...), ``punct`` (punctuation and symbols; repeated marks such as ... or ؟!
are one token). Whitespace, invisible format marks (bidi, zero-width) and the C0 separators
U+001C-U+001F (line ends for Python) separate tokens and are never part of one, except zero-width
(non-)joiners inside a word.
"""
from __future__ import annotations

import re
from itertools import accumulate, compress, repeat
from operator import not_

import regex

#: Arabic letters, presentation forms included (their punctuation excluded).
AR = (r"\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
      r"\u0750-\u077f\u08a0-\u08c9\ufb50-\ufd3d\ufd50-\ufdfb\ufe70-\ufefc")
#: Characters that may continue an Arabic word: letters, combining marks, tatweel, ZWNJ/ZWJ.
AR_CONT = AR + r"\p{M}\u0640\u200c\u200d"
INVISIBLE = r"\x1c-\x1f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\u00ad"
DIGITS = r"\p{Nd}+(?:[.,\u066b\u066c]\p{Nd}+)*"
TLD = r"(?:com|net|org|info|biz|edu|gov|int|io|co|me|tv|news|app|ly|sa|ae|eg|qa|kw|bh|om|jo|lb|sy|iq|ps|ma|dz|tn|sd|ye|uk|fr|de|us|ru|cn|tr|ir)"

_PATTERN = rf"""
 (?P<arabic>[{AR}][{AR_CONT}]*+(?<![\u0640\u200c\u200d])(?![\u0640\p{{Nd}}]))
|(?P<punct>[.،,:؛()«»"؟!](?![.،,:؛()«»"؟!?\u0640]))
|(?P<url>(?:(?:https?|ftp)://|www\.)[^\s<>"«»\u060c\u061b{INVISIBLE}]*[^\s<>"«».,;:!?؟،؛()\[\]{{}}'’”{INVISIBLE}]
   |(?<![\w@.])[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.{TLD}\b
     (?:/[^\s<>"«»\u060c\u061b{INVISIBLE}]*[^\s<>"«».,;:!?؟،؛()\[\]{{}}'’”{INVISIBLE}])?)
|(?P<email>[A-Za-z0-9._%+-]*[A-Za-z0-9_%+-]@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{{2,}})
|(?P<mention>(?<![A-Za-z0-9_@])@[\p{{L}}\p{{N}}_](?:[\p{{L}}\p{{M}}\p{{N}}_]|\.(?=[\p{{L}}\p{{N}}_]))*)
|(?P<hashtag>(?<![A-Za-z0-9_#])\#[\p{{N}}_]*[\p{{L}}][\p{{L}}\p{{M}}\p{{N}}_\u0640\u200c\u200d]*)
|(?P<emoji>[0-9\#*]\ufe0f?\u20e3|(?=[\p{{Extended_Pictographic}}\p{{Regional_Indicator}}])\X)
|(?P<cnum>(?:وبال|فبال|وال|فال|بال|كال|ولل|فلل|لل|ال|وب|ول|وك|فب|فل|فك|[وفبلك])\u0640*{DIGITS})
|(?P<tatw>(?:وبال|فبال|وال|فال|بال|كال|ولل|فلل|لل|ال|وب|ول|وك|فب|فل|فك|[وفبلك])\u0640+(?![{AR_CONT}]))
|(?P<arabic>[{AR}](?:[{AR_CONT}]*[{AR}\p{{M}}])?)
|(?P<number>{DIGITS})
|(?P<word>[[\p{{L}}\p{{M}}]--[{AR}\u0640]](?:[[\p{{L}}\p{{M}}0-9]--[{AR}\u0640]]|['’](?=[A-Za-z]))*)
|(?P<punct>\.{{2,}}|…+|[!?؟]+|\u0640+|(?P<rep>[^\s\p{{L}}\p{{N}}{INVISIBLE}])(?P=rep)*)
|(?P<other>[^\s{INVISIBLE}]\p{{M}}*)
"""

#: Arabic words and common single punctuation come first (most tokens are; the lookarounds leave
#: و3, الـ, فقطـ and repeated marks to the later alternatives); the names ``arabic`` and ``punct``
#: are used twice (the regex module allows duplicate group names).
TOKEN_RE = regex.compile(_PATTERN, regex.VERBOSE | regex.V1)

KINDS = ("url", "email", "mention", "hashtag", "emoji", "cnum", "tatw", "number", "arabic", "word", "punct", "other")


#: No token holds whitespace (the White_Space characters ``regex`` knows as ``\s``), so the text is
#: cut at whitespace with C-level calls (split, accumulate). Most chunks are a bare Arabic word: their
#: tokens are zipped from the offsets without a Python step per word. A word with an opening or a
#: closing mark is cut by the standard library's ``re`` (~1.6x faster than TOKEN_RE, which would read
#: 'punct', 'arabic', 'punct'); every other chunk goes through TOKEN_RE.
_WHITE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_SPLIT = re.compile(f"([^{_WHITE}]+)")
_BARE_WORD = re.compile("[\u0621-\u063a\u0641-\u064a]+")
_PLAIN_WORD = re.compile('([(«"]?)([\u0621-\u063a\u0641-\u064a]+)([.،,:؛)»"؟!]?)')


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every token of ``text[start:end]`` (offsets into ``text``)."""
    if end is None:
        end = len(text)
    part = text[start:end] if start or end != len(text) else text
    pieces = _SPLIT.split(part)  # whitespace, chunk, whitespace, ..., whitespace
    chunks = pieces[1::2]
    bounds = list(accumulate(map(len, pieces), initial=start))
    starts, ends = bounds[1::2], bounds[2::2]
    out: list[tuple[int, int, str]] = []
    add, plain, scan = out.append, _PLAIN_WORD.fullmatch, TOKEN_RE.finditer
    done = 0
    for k in compress(range(len(chunks)), map(not_, map(_BARE_WORD.fullmatch, chunks))):
        if k > done:
            out += zip(starts[done:k], ends[done:k], repeat("arabic"))
        done = k + 1
        s, e = starts[k], ends[k]
        m = plain(text, s, e)
        if m is None:
            out += [(t.start(), t.end(), t.lastgroup) for t in scan(text, s, e)]
            continue
        a, b = m.span(2)
        if a > s:
            add((s, a, "punct"))
        add((a, b, "arabic"))
        if b < e:
            add((b, e, "punct"))
    if done < len(chunks):
        out += zip(starts[done:], ends[done:], repeat("arabic"))
    return out
