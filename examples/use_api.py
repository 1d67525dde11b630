"""A short tour of the arnews Python API on the bundled sample article.

Run from the repository root:  python examples/use_api.py
"""
from pathlib import Path

import arnews

text = (Path(__file__).parent / "twitter-welcomes-everyone.txt").read_text(encoding="utf-8")

nlp = arnews.Pipeline()                 # build once, apply to many texts
doc = nlp(text, reference_date="2021-10-05")

print("headline:", doc.headline.text if doc.headline else None)
print("dateline:", doc.meta.dateline and (doc.meta.dateline.place, doc.meta.dateline.source))
print("reading time:", doc.meta.reading_time_minutes, "minutes")
for e in doc.entities:
    print(f"entity  {e.label:8} {e.id or '-':12} {e.text}")
for q in doc.quantities:
    counted = q.counted.text if q.counted else ""
    print(f"number  {q.kind:8} {q.value!r:>12} {q.modifier or '':9} {counted:8} {q.text}")
for t in doc.temporals:
    print(f"time    {t.kind:8} {t.value or '-':12} {t.text}")
for q in doc.quotes:
    who = q.speaker.entity_id or q.speaker.text if q.speaker else "?"
    print(f"quote   {q.kind:8} {who:12} {q.text[:60]}")

# every record points exactly into the original text
assert all(doc.text[e.start:e.end] == e.text for e in doc.entities)
