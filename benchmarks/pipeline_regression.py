"""Dump / compare the whole pipeline's output (``arnews.extract(t).model_dump(mode="json")``) on real text.

usage:
  pipeline_regression.py dump OUT.json       write every document's JSON dump (and its fields-set signature)
  pipeline_regression.py compare OUT.json    run again, report the first differences with a dump
Options: --limit N (news articles, default 300)

Inputs: the first N articles of ../shared/data/news/saudinewsnet/2015-07-21_22.jsonl (title + "\\n\\n" +
content, as ../shared/tools/eval_perf.py builds them) and the dev-gold articles. Besides the JSON dump, the
``model_dump_json()`` text and the set of explicitly set fields of every record (what
``model_dump(exclude_unset=True)`` depends on) are compared.

Against the last commit while others commit too: ``git archive HEAD | tar -x -C /tmp/head``, then
``cd /tmp/head && ARNEWS_SHARED=/work/shared PYTHONPATH=. python .../pipeline_regression.py dump base.json``
and ``compare base.json`` here.
"""
import argparse
from collections.abc import MutableSequence
import hashlib
import json
import sys
from pathlib import Path

import arnews

from corpus import dev_gold_texts, news_texts


def texts(limit=300):
    return news_texts(limit) + dev_gold_texts()


def _fields_set(m, acc):
    from pydantic import BaseModel
    if isinstance(m, BaseModel):
        acc.append(type(m).__name__ + ":" + ",".join(sorted(m.__pydantic_fields_set__)))
        for k in type(m).model_fields:
            _fields_set(getattr(m, k), acc)
    elif isinstance(m, MutableSequence):  # lists, and the TokenList that holds a document's tokens
        for x in m:
            _fields_set(x, acc)
    return acc


def run(limit):
    out = []
    for t in texts(limit):
        doc = arnews.extract(t)
        d = doc.model_dump(mode="json")
        js = doc.model_dump_json(warnings=False)
        out.append({"dump": d, "json_sha": hashlib.sha1(js.encode()).hexdigest(),
                    "fields_sha": hashlib.sha1("|".join(_fields_set(doc, [])).encode()).hexdigest()})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["dump", "compare"])
    ap.add_argument("path")
    ap.add_argument("--limit", type=int, default=300)
    a = ap.parse_args()
    res = run(a.limit)
    if a.cmd == "dump":
        Path(a.path).write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")
        print(f"dumped {len(res)} documents to {a.path}")
        return
    old = json.loads(Path(a.path).read_text(encoding="utf-8"))
    bad = 0
    for i, (o, n) in enumerate(zip(old, res)):
        for key in ("dump", "json_sha", "fields_sha"):
            if o[key] != n[key]:
                bad += 1
                if key == "dump":
                    fields = [k for k in o["dump"] if o["dump"][k] != n["dump"].get(k)]
                    print(f"doc {i}: dump differs in {fields}")
                else:
                    print(f"doc {i}: {key} differs")
    if len(old) != len(res):
        print(f"document count differs: {len(old)} vs {len(res)}")
        bad += 1
    print(f"{len(res)} documents: {'IDENTICAL' if not bad else f'{bad} differences'}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
