"""Generators of hostile and messy inputs.

Every generator takes a repeat count ``n`` and returns a ``str`` whose size grows linearly with ``n``,
so the same function serves the regression tests (small ``n``) and the linearity benchmark (``n`` and
``10 * n``). Big inputs are generated, never committed.
"""
from __future__ import annotations

import unicodedata

#: Real news sentences (from the bundled example article and typical wire copy).
SENTENCES = (
    "رحبت منصة تويتر بالأعداد الضخمة من رواد مواقع التواصل الاجتماعي بعد تعطل خدمات فيسبوك وواتساب وإنستجرام.",
    "وحظيت تغريدة تويتر بتفاعل كبير، إذ نالت أكثر من 3 ملايين إعجاب في 27 سبتمبر 2013.",
    "وقال المتحدث باسم الشركة: \"نأسف للإزعاج ونعمل على إعادة الخدمة\" يوم الاثنين الماضي.",
    "وارتفعت أسهم أبل بنسبة 2.5% لتصل إلى 150 دولاراً في بورصة نيويورك.",
)
ARTICLE = (
    "كيف استقبل تويتر \"الجميع\" أثناء تعطل خدمات فيسبوك؟\n\n"
    "دبي-الشرق\n\n"
    "\"حرفياً مرحباً بالجميع\".. بهذه العبارة رحبت منصة تويتر بالأعداد الضخمة من رواد مواقع التواصل "
    "الاجتماعي، بعد تأثر خدمات فيسبوك والتطبيقات المنضوية تحته مثل إنستجرام وواتساب.\n\n"
    "وحظيت تغريدة تويتر بتفاعل كبير، إذ نالت أكثر من 3 ملايين إعجاب، وقال مارك زوكربيرغ: "
    "\"نأسف للإزعاج\".\n\n"
    "وتعطلت خدمات شركة فيسبوك في 4 أكتوبر 2021 لنحو 6 ساعات في القاهرة والرياض ودبي.\n"
)

DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
#: تويتر in Arabic presentation forms (initial teh, medial waw-final... as a shaper would emit them).
TWITTER_PRESENTATION = "\ufe97\ufeee\ufef3\ufe98\ufeae"


def digit_scripts() -> dict[str, str]:
    """Script name -> its ten decimal digits, for every Unicode Nd block (Arabic-Indic, Persian,
    Devanagari, full-width, Bengali, Thai, mathematical, ...)."""
    out: dict[str, str] = {}
    for cp in range(0x110000):
        ch = chr(cp)
        if unicodedata.category(ch) == "Nd" and unicodedata.digit(ch, None) == 0:
            digits = "".join(chr(cp + i) for i in range(10))
            if all(unicodedata.digit(d, None) == i for i, d in enumerate(digits)):
                out[unicodedata.name(ch, hex(cp)).replace(" DIGIT ZERO", "")] = digits
    return out


def to_script(number: str, digits: str) -> str:
    return "".join(digits[int(c)] if c.isdigit() else c for c in number)


# --- the generators (n = repeat count) -------------------------------------------------------------

def empty(n: int = 1) -> str:
    return ""


def whitespace(n: int = 1) -> str:
    return " \t\n\u00a0\u2003\u3000\r\n\f\v" * n


def long_line(n: int = 1) -> str:
    """Real sentences repeated without a single newline (n=1 is ~360 characters)."""
    return " ".join(SENTENCES * n)


def quote_marks(n: int = 1) -> str:
    return '"' * n


def mixed_quote_marks(n: int = 1) -> str:
    return '«"“”»„\'' * n


def unbalanced_guillemets(n: int = 1) -> str:
    return "قال الوزير «إن تويتر منصة مهمة " * n


def unbalanced_straight(n: int = 1) -> str:
    return 'وقالت فيسبوك "نأسف للإزعاج في 3 دول ' * n


def nested_brackets(n: int = 1) -> str:
    return "(" * n + "تويتر" + ")" * n


def mixed_brackets(n: int = 1) -> str:
    return "([{«" * n + "قال: \"مرحبا\"" + "»}])" * n


def only_diacritics(n: int = 1) -> str:
    return DIACRITICS * n


def tatweel_runs(n: int = 1) -> str:
    return ("تـ" + "ـ" * 40 + "ويتر " + "ـ" * 20 + " ") * n


def control_chars(n: int = 1) -> str:
    return ("تويتر\x00فيسبوك\x01\x02 قال\x07 3\x00 ملايين\x1b[0m\x7f\x85 ") * n


def bidi_overrides(n: int = 1) -> str:
    return ("\u202eتويتر\u202c \u202dفيسبوك\u202c \u2066أكثر من 3 ملايين\u2069 \u200f") * n


def zero_width(n: int = 1) -> str:
    return ("ت\u200dو\u200dي\u200dت\u200dر \u200cفيسبوك\u200b \ufeffقال\u2060 ") * n


def presentation_forms(n: int = 1) -> str:
    return ("وقال " + TWITTER_PRESENTATION + " \ufefb\ufef5\ufdf2 ") * n


def persian_urdu(n: int = 1) -> str:
    return ("پیام‌رسان تلگرام در ایران ۱۲ میلیون کاربر دارد. گوگل اور یوٹیوب پاکستان میں ۳ گھنٹے بند رہے۔ ") * n


def emoji(n: int = 1) -> str:
    return ("👨\u200d👩\u200d👧\u200d👦 تويتر 🇸🇦🇪🇬 👍🏽 ❤️\u200d🔥 🏳️\u200d🌈 فيسبوك 😀" + "\U000e0067" + " ") * n


def crlf_article(n: int = 1) -> str:
    return ARTICLE.replace("\n", "\r\n") * n


def cr_article(n: int = 1) -> str:
    return ARTICLE.replace("\n", "\r") * n


def html_fragment(n: int = 1) -> str:
    return ('<p class="x">قال &quot;مرحبا&quot; &#1578;ويتر &amp; <b>فيسبوك</b> &nbsp;<br/>'
            '<script>var a="«";</script><a href="https://t.co/a?b=1&c=2">رابط</a></p>\n') * n


def long_number(n: int = 1) -> str:
    """A 301-digit number (10^300) for each repeat, separated by text."""
    return ("بلغ العدد 1" + "0" * 300 + " دولار و" + "9" * 400 + " شخص. ") * n


def digit_run(n: int = 1) -> str:
    """One unbroken run of digits (with thousands separators) of length ~400n."""
    return "1" + ",000" * (100 * n)


def all_digit_scripts(n: int = 1) -> str:
    parts = [f"نحو {to_script('1234', d)} شخص " for d in digit_scripts().values()]
    return "".join(parts) * n


def every_char(n: int = 1) -> str:
    """A slice of the BMP (minus surrogates), n*2000 code points."""
    cps = [c for c in range(0x20, 0x10000) if not 0xD800 <= c < 0xE000]
    return "".join(chr(cps[i % len(cps)]) for i in range(2000 * n))


def punctuation_run(n: int = 1) -> str:
    """Long runs without a single letter: where a regex that needs a word after a gap backtracks."""
    return "!?.،؛:-–—/\\|*#@_=+~^…" * (5 * n)


def symbol_run(n: int = 1) -> str:
    return "★中文한국어ภาษาไทย" * (10 * n)


def dotted_digits(n: int = 1) -> str:
    return "1.2.3-4/5:6," * (10 * n) + "7"


def spaces_run(n: int = 1) -> str:
    return "تويتر" + " " * (100 * n) + "قال" + "\t" * (100 * n) + "3"


def word_run_with_at(n: int = 1) -> str:
    """One long letter run and an @ elsewhere: where an e-mail pattern without a left anchor backtracks."""
    return "ا" * (1000 * n) + " @user"


def names_article(n: int = 1) -> str:
    """People by full name, then by family name alone, and a list of clubs: every mention pass has work."""
    return ("وقال الدكتور عائض بن سعد الحربي إن الهلال والنصر والاتحاد، الأهلي، الشباب يتنافسون، وأكد الحربي "
            "أن اللواء علي الجائفي وأم أحمد وسعد العتيبي حضروا. وأوضح العتيبي أن دوري غولد وصل.\n") * n


GENERATORS = {f.__name__: f for f in (
    whitespace, long_line, quote_marks, mixed_quote_marks, unbalanced_guillemets, unbalanced_straight,
    nested_brackets, mixed_brackets, only_diacritics, tatweel_runs, control_chars, bidi_overrides,
    zero_width, presentation_forms, persian_urdu, emoji, crlf_article, cr_article, html_fragment,
    long_number, digit_run, all_digit_scripts, every_char, punctuation_run, symbol_run, dotted_digits,
    spaces_run, word_run_with_at, names_article)}
