"""Dump / compare the entities component's output on real text.

usage:
  entities_regression.py dump OUT.json          run the entities component, write its output
  entities_regression.py compare OUT.json       run it again, compare with a dump
  entities_regression.py rows                   the tagger's cached emission matrices of every word form of the
                                                inputs against the plain per-form computation (form_groups,
                                                offset_feats, W[ids].sum(axis=0)): equal up to float
                                                rounding (the tagger sums in another order)
  entities_regression.py against DIR|REV        run this checkout's entities component and another one
                                                side by side on the same tokens (DIR holds the other
                                                arnews/entities/*.py, or REV is a git revision)
Options: --limit N (articles, default 500); --show N (differing texts printed, default 3); --cache-limit N (the tagger's per-form cache size: a small one
exercises its eviction)

Inputs: the first 500 articles of ../shared/data/news/saudinewsnet/2015-07-21_22.jsonl (title + "\\n\\n" +
content), the dev-gold articles, and the ANERcorp dev documents that ../shared/tools/eval_ner.py --dev
builds (last 10% of the sentences of anercorp-train.txt, 20 sentences a document, one a line).
``against`` is immune to concurrent changes of the earlier components (both runs see the same tokens).
"""
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import arnews

from corpus import SHARED, dev_gold_texts, news_texts

ROOT = Path(__file__).resolve().parents[1]


def anercorp_dev():
    sents, cur = [], []
    p = SHARED / "data/ner/anercorp-train.txt"
    if not p.exists():
        return []
    for line in p.read_text(encoding="utf-8-sig").replace("\r", "").split("\n"):
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        tok = line.rsplit(" ", 1)[0].replace("\u200e", "").replace("\u200f", "").strip()
        if tok:
            cur.append(tok)
    if cur:
        sents.append(cur)
    sents = sents[int(len(sents) * 0.9):]
    return ["\n".join(" ".join(s) for s in sents[b:b + 20]) for b in range(0, len(sents), 20)]


def texts(limit=500):
    return news_texts(limit) + dev_gold_texts() + anercorp_dev()


def rec(x):
    return [x.model_dump(mode="json"), sorted(x.__pydantic_fields_set__)]


def prepared(limit=500):
    """(doc, ctx) after structure, sentences and tokens, for every input text."""
    from arnews.pipeline import Context, Document, _new_meta, decode_input
    nlp = arnews.Pipeline(components=["structure", "sentences", "tokens"])
    for t in texts(limit):
        t = decode_input(t)
        doc = Document.model_construct(text=t, id=None, headline=None, meta=_new_meta(), paragraphs=[],
                                       sentences=[], tokens=[], entities=[], quantities=[], temporals=[],
                                       quotes=[])
        ctx = Context(t, reference_date=None)
        for comp in nlp.components:
            comp(doc, ctx)
        ctx.view  # the normalized view of the text, built outside the entities component's time
        yield doc, ctx


def run_entities(comp, doc, ctx):
    doc.entities = []
    comp(doc, ctx)
    return [rec(e) for e in doc.entities]


def load_other(where: str):
    """The entities package of another directory or git revision, as module ``arnews._entities_ref``.

    A revision is exported whole (code and data, ``git archive``), so its package reads its own data
    files; a directory holds only the package's modules and reads this checkout's data."""
    d = Path(where)
    own_data = not d.is_dir()
    if own_data:
        tmp = Path(tempfile.mkdtemp(prefix="entities_ref_"))
        tar = subprocess.run(["git", "-C", str(ROOT), "archive", where, "arnews"], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(tmp)], input=tar.stdout, check=True)
        d = tmp / "arnews" / "entities"
    name = "arnews._entities_ref"
    spec = importlib.util.spec_from_file_location(name, d / "__init__.py", submodule_search_locations=[str(d)])
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    if own_data:
        return mod
    data = ROOT / "arnews" / "data"  # the copies' paths are relative to their own files
    sys.modules[name + ".gazetteer"].DATA_DIR = data / "gazetteer"
    if name + ".tagger" not in sys.modules:
        importlib.import_module(name + ".tagger")
    sys.modules[name + ".tagger"].DATA = data / "ner"
    return mod


def check_rows(limit=500) -> int:
    import numpy as np
    from arnews.entities import ner_features as F
    from arnews.entities.tagger import get_tagger
    tg = get_tagger()
    forms = list(dict.fromkeys(t.text for doc, _ in prepared(limit) for t in doc.tokens))
    forms += [F.BOS, F.EOS]
    for k in range(0, len(forms), 500):
        tg._labels(forms[k:k + 500], [len(forms[k:k + 500])])
    bad = 0
    for f in forms:
        g = F.form_groups(f, tg.vocab, tg.lex, gz=tg.gz, nl=tg.nl)
        ref = tg.plain_rows(f)
        got = tg._table[tg._rows[f]] if f in tg._rows else None
        flat = sorted(x for v in g.values() for x in v)
        feats = sorted(F.form_features(f, tg.vocab, tg.lex, tg.gz, tg.nl))
        if got is None or not np.allclose(got, ref, rtol=1e-5, atol=1e-4) or feats != flat:
            bad += 1
    print(("SAME" if not bad else f"DIFFERENT ({bad})") + f": emission matrices and features of {len(forms)} forms")
    return 1 if bad else 0


def main():
    args = sys.argv[1:]
    limit = 500
    if "--limit" in args:
        k = args.index("--limit")
        limit = int(args[k + 1])
        del args[k:k + 2]
    if "--cache-limit" in args:
        k = args.index("--cache-limit")
        from arnews.entities.tagger import CrfTagger
        CrfTagger.CACHE_LIMIT = int(args[k + 1])
        del args[k:k + 2]
    show = 3
    if "--show" in args:  # how many differing texts to print
        k = args.index("--show")
        show = int(args[k + 1])
        del args[k:k + 2]
    mode, where = args[0], (args[1] if len(args) > 1 else None)
    if mode == "rows":
        sys.exit(check_rows(limit))
    from arnews.entities import make_component
    comp = make_component()
    if mode == "against":
        other = load_other(where).make_component()
        n = bad = ents = 0
        for doc, ctx in prepared(limit):
            a = run_entities(comp, doc, ctx)
            b = run_entities(other, doc, ctx)
            n += 1
            ents += len(b)
            if a != b:
                bad += 1
                if bad <= show:
                    print(f"DIFF in text {n - 1}:\n  new {[x[0] for x in a if x not in b][:5]}\n"
                          f"  ref {[x[0] for x in b if x not in a][:5]}")
        print(("SAME" if not bad else f"DIFFERENT ({bad} texts)") + f": {n} texts, {ents} entities")
        sys.exit(1 if bad else 0)
    res = [run_entities(comp, doc, ctx) for doc, ctx in prepared(limit)]
    path = Path(where)
    if mode == "dump":
        path.write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")
        print(f"dumped {len(res)} texts, {sum(map(len, res))} entities")
        return
    ref = json.loads(path.read_text(encoding="utf-8"))
    cur = json.loads(json.dumps(res, ensure_ascii=False))
    bad = [k for k, (a, b) in enumerate(zip(ref, cur)) if a != b]
    if len(ref) != len(cur) or bad:
        print(f"DIFFERENT: {len(bad)} of {len(ref)} texts differ (lengths {len(ref)}/{len(cur)})")
        for k in bad[:show]:
            print(f"  text {k}: new {[x[0] for x in cur[k] if x not in ref[k]][:5]}\n"
                  f"          ref {[x[0] for x in ref[k] if x not in cur[k]][:5]}")
        sys.exit(1)
    print(f"IDENTICAL: {len(cur)} texts, {sum(map(len, cur))} entities")


if __name__ == "__main__":
    main()
