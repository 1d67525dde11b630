"""Dump / compare the numbers component's output (quantities and temporals) on real text.

usage: numbers_regression.py dump OUT.json | compare OUT.json  [N, default 300]
Inputs: the first N articles of ../shared/data/news/saudinewsnet/2015-07-21_22.jsonl (title + "\\n\\n" +
content), the dev-gold articles, and every case text in ../shared/data/numbers/*.jsonl; each text is run
with no reference date and with reference date 2015-07-21 (relative expressions resolve).
"""
import datetime as dt
import json
import sys
from pathlib import Path

import arnews

from corpus import SHARED, dev_gold_texts, news_texts


def texts(n=300):
    out = news_texts(n) + dev_gold_texts()
    for p in sorted((SHARED / "data/numbers").glob("*.jsonl")):
        with open(p, encoding="utf-8") as f:
            out += [json.loads(line)["text"] for line in f if line.strip()]
    return out


def rec(x):
    return [x.model_dump(mode="json"), sorted(x.__pydantic_fields_set__)]


def run(n=300):
    nlp = arnews.Pipeline(components=["structure", "sentences", "tokens", "numbers"])
    res = []
    for t in texts(n):
        for ref in (None, dt.date(2015, 7, 21)):
            d = nlp(t, reference_date=ref)
            res.append({"q": [rec(x) for x in d.quantities], "t": [rec(x) for x in d.temporals]})
    return res


def main():
    mode, path = sys.argv[1], Path(sys.argv[2])
    res = run(int(sys.argv[3]) if len(sys.argv) > 3 else 300)
    if mode == "dump":
        path.write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")
        print(f"dumped {len(res)} runs, {sum(len(r['q']) for r in res)} quantities, "
              f"{sum(len(r['t']) for r in res)} temporals")
        return
    ref = json.loads(path.read_text(encoding="utf-8"))
    cur = json.loads(json.dumps(res, ensure_ascii=False))
    bad = [k for k, (a, b) in enumerate(zip(ref, cur)) if a != b]
    if len(ref) != len(cur) or bad:
        print(f"DIFFERENT: {len(bad)} of {len(ref)} runs differ (lengths {len(ref)}/{len(cur)})")
        for k in bad[:5]:
            print(k, json.dumps(ref[k], ensure_ascii=False)[:600])
            print(k, json.dumps(cur[k], ensure_ascii=False)[:600])
        sys.exit(1)
    print(f"IDENTICAL: {len(cur)} runs, {sum(len(r['q']) for r in cur)} quantities, "
          f"{sum(len(r['t']) for r in cur)} temporals")


if __name__ == "__main__":
    main()
