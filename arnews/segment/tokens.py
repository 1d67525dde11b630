"""PLACEHOLDER (replaced by the segmentation work): regex tokens, no clitic segments."""
import regex
from ..records import Token
from ..text import normalize

_TOK = regex.compile(r"[\p{L}\p{M}]+|\p{N}+(?:[.,٫٬]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]")


class Tokens:
    name = "tokens"
    requires = ()
    provides = ("tokens",)

    def __call__(self, doc, ctx):
        for m in _TOK.finditer(doc.text):
            t = m.group()
            doc.tokens.append(Token.model_construct(text=t, start=m.start(), end=m.end(), norm=normalize(t), segments=[]))


def make_component(**_):
    return Tokens()
