"""PLACEHOLDER (replaced by the structure work): every blank-line block is a body paragraph."""
import regex
from .records import Paragraph

_BLOCK = regex.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")


class Structure:
    name = "structure"
    requires = ()
    provides = ("paragraphs", "headline", "meta")

    def __call__(self, doc, ctx):
        for m in _BLOCK.finditer(doc.text):
            if m.group().strip():
                doc.paragraphs.append(Paragraph.model_construct(text=m.group(), start=m.start(), end=m.end(), kind="body"))


def make_component(**_):
    return Structure()
