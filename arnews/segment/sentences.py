"""PLACEHOLDER (replaced by the segmentation work): sentences end at . ? ! ؟ or a line end."""
import regex
from ..records import Span

_SENT = regex.compile(r"[^\s][^\n.!?؟]*[.!?؟]*")


class Sentences:
    name = "sentences"
    requires = ("paragraphs",)
    provides = ("sentences",)

    def __call__(self, doc, ctx):
        for m in _SENT.finditer(doc.text):
            t = m.group().rstrip()
            doc.sentences.append(Span.model_construct(text=t, start=m.start(), end=m.start() + len(t)))


def make_component(**_):
    return Sentences()
