"""Tiny, randomly initialised or hand-written backend models for tests and demos (no downloads).

They exercise the real loading code of the backends; their predictions are not meant to be good.

- :func:`build_camel_ner`: a BERT token-classification model with ANERcorp labels and a small
  WordPiece vocabulary (Arabic letters and a few words), saved with ``save_pretrained`` — the folder
  layout of CAMeL's ``ner-arabert`` package, loadable by ``camel_tools.ner.NERecognizer``.
- :func:`build_camel_morphology_db`: a CAMeL morphology database (text format) with a few prefixes,
  suffixes and stems, D3 tokenization and a proper-noun backoff.
- :func:`build_stanza_models`: a stanza resources folder for ``ar`` (``resources.json`` and
  ``ar/{pretrain,ner,mwt}/tiny.pt``) with a NER model trained for a few dozen steps on three sentences by stanza's own trainer
  and a dictionary MWT expander trained from a few CoNLL-U words.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

ANERCORP_LABELS = ["B-LOC", "B-ORG", "B-PERS", "B-MISC", "I-LOC", "I-ORG", "I-PERS", "I-MISC", "O"]

_WORDS = ["تويتر", "فيسبوك", "موقع", "شركة", "منصة", "قال", "في", "من", "على", "إلى", "دبي", "واتساب", "إنستجرام",
          "ال", "##ال", "##ة", "##ات", "##ها"]


def build_camel_ner(path, seed: int = 0) -> Path:
    """A random tiny ``BertForTokenClassification`` (ANERcorp labels) and its vocab in ``path``."""
    import torch
    from transformers import BertConfig, BertForTokenClassification

    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    letters = [chr(c) for c in range(0x0621, 0x063B)] + [chr(c) for c in range(0x0641, 0x064B)]
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + list(".,:;!?\"'()«»،؛؟-0123456789")
    vocab += letters + ["##" + ch for ch in letters] + _WORDS
    vocab = list(dict.fromkeys(vocab))
    (path / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    torch.manual_seed(seed)
    config = BertConfig(vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=512, num_labels=len(ANERCORP_LABELS),
                        id2label=dict(enumerate(ANERCORP_LABELS)),
                        label2id={lab: i for i, lab in enumerate(ANERCORP_LABELS)})
    model = BertForTokenClassification(config)
    model.save_pretrained(str(path))
    (path / "tokenizer_config.json").write_text(json.dumps({"do_lower_case": False, "tokenize_chinese_chars": False,
                                                            "model_max_length": 512}), encoding="utf-8")
    return path


# prefix, category, d3tok (the article is split off: D3)
_PREFIXES = [("", "P0", ""), ("و", "Pc", "و+_"), ("ف", "Pc", "ف+_"), ("ب", "Pp", "ب+_"), ("ل", "Pp", "ل+_"),
             ("ك", "Pp", "ك+_"), ("ال", "Pd", "ال+_"), ("وال", "Pcd", "و+_ال+_"), ("بال", "Ppd", "ب+_ال+_"),
             ("وبال", "Pcpd", "و+_ب+_ال+_"), ("لل", "Ppd", "ل+_ال+_"), ("ولل", "Pcpd", "و+_ل+_ال+_"),
             ("ول", "Pcp", "و+_ل+_"), ("وب", "Pcp", "و+_ب+_")]
_SUFFIXES = [("", "S0", ""), ("ها", "Sp", "_+ها"), ("هم", "Sp", "_+هم")]
# stem, category, lex, d3tok, pos
_STEMS = [("تويتر", "NP", "تويتر", "تويتر", "noun_prop"), ("فيسبوك", "NP", "فيسبوك", "فيسبوك", "noun_prop"),
          ("موقع", "N", "مَوْقِع", "موقع", "noun"), ("جميع", "N", "جَمِيع", "جميع", "noun"),
          ("شركة", "N", "شَرِكَة", "شركة", "noun"), ("شركت", "Nt", "شَرِكَة", "شركة", "noun"),
          ("خدمات", "N", "خِدْمَة", "خدمات", "noun"), ("منصة", "N", "مَنَصَّة", "منصة", "noun"),
          ("NOAN", "NPROP", "NOAN", None, "noun_prop")]
_AB = [("P0", "NP"), ("P0", "N"), ("P0", "Nt"), ("P0", "NPROP")] + \
      [(p, s) for p in ("Pc", "Pp", "Pcp") for s in ("NP", "N", "Nt", "NPROP")] + \
      [(p, s) for p in ("Pd", "Pcd", "Ppd", "Pcpd") for s in ("N",)]
_BC = [("NP", "S0"), ("N", "S0"), ("NPROP", "S0"), ("Nt", "Sp")]
_AC = [(p, s) for p in ("P0", "Pc", "Pp", "Pcp", "Pd", "Pcd", "Ppd", "Pcpd") for s in ("S0", "Sp")]


def build_camel_morphology_db(path) -> Path:
    """A small CAMeL morphology database (``morphology.db`` text format) with D3 tokenization."""
    path = Path(path)
    if path.suffix != ".db":
        path.mkdir(parents=True, exist_ok=True)
        path = path / "morphology.db"
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    open_feats = ["diac", "lex", "bw", "gloss", "d3tok", "pos_lex_logprob"]
    lines = ["###DEFINES###", "DEFINE pos pos:noun pos:noun_prop pos:digit pos:latin pos:foreign pos:punc"]
    lines += [f"DEFINE {f} {f}:*open*" for f in open_feats]
    lines += ["###DEFAULTS###"]
    lines += [f"DEFAULT pos:{p} " + " ".join(f"{f}:*" for f in open_feats) for p in ("noun", "noun_prop", "digit", "latin")]
    lines += ["###ORDER###", "ORDER pos " + " ".join(open_feats), "###TOKENIZATIONS###", "TOKENIZATION d3tok",
              "###STEMBACKOFF###", "STEMBACKOFF PROP NPROP", "###PREFIXES###"]
    for p, cat, d3 in _PREFIXES:
        lines.append(f"{p}\t{cat}\tdiac:{p} bw:{p + '/PREP' if p else ''} gloss:{p} d3tok:{d3}")
    lines.append("###SUFFIXES###")
    for s, cat, d3 in _SUFFIXES:
        lines.append(f"{s}\t{cat}\tdiac:{s} bw:{s + '/PRON' if s else ''} gloss:{s} d3tok:{d3}")
    lines.append("###STEMS###")
    for s, cat, lex, d3, pos in _STEMS:
        bw = f"{s}/{'NOUN_PROP' if pos == 'noun_prop' else 'NOUN'}"
        d3f = f" d3tok:{d3}" if d3 else ""
        lines.append(f"{s}\t{cat}\tdiac:{s} lex:{lex} bw:{bw} gloss:{s} pos:{pos}{d3f} pos_lex_logprob:-3.0")
    lines.append("###TABLE AB###")
    lines += [f"{a} {b}" for a, b in _AB]
    lines.append("###TABLE BC###")
    lines += [f"{a} {b}" for a, b in _BC]
    lines.append("###TABLE AC###")
    lines += [f"{a} {b}" for a, b in _AC]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


_NER_TRAIN = [
    [("أعلنت", "O"), ("شركة", "O"), ("تويتر", "S-ORG"), ("في", "O"), ("دبي", "S-LOC")],
    [("قال", "O"), ("محمد", "B-PER"), ("بن", "I-PER"), ("راشد", "E-PER"), ("في", "O"), ("بيان", "O")],
    [("رحبت", "O"), ("منصة", "O"), ("تويتر", "S-ORG"), ("بالجميع", "O")],
]
_MWT = [("ولتويتر", ["و", "ل", "تويتر"]), ("وبالموقع", ["و", "ب", "الموقع"]), ("بالجميع", ["ب", "الجميع"]),
        ("للموقع", ["ل", "الموقع"]), ("وفيسبوك", ["و", "فيسبوك"]), ("بالأعداد", ["ب", "الأعداد"]),
        ("وواتساب", ["و", "واتساب"]), ("لتغريدة", ["ل", "تغريدة"]), ("خدماتها", ["خدمات", "ها"])]


def build_stanza_models(path, seed: int = 1234) -> Path:
    """A stanza resources folder for Arabic with tiny NER and MWT models (``dir=`` for stanza.Pipeline)."""
    import random

    import numpy as np

    path = Path(path)
    work = path / "_build"
    work.mkdir(parents=True, exist_ok=True)
    words = sorted({w for s in _NER_TRAIN for w, _ in s} | {"الجميع", "تويتر", "فيسبوك"})
    rng = np.random.default_rng(0)
    with open(work / "vec.txt", "w", encoding="utf-8") as f:
        f.write(f"{len(words)} 8\n")
        for w in words:
            f.write(w + " " + " ".join(f"{x:.4f}" for x in rng.normal(size=8)) + "\n")
    from stanza.models.common.pretrain import Pretrain
    for sub in ("pretrain", "ner", "mwt"):
        (path / "ar" / sub).mkdir(parents=True, exist_ok=True)
    Pretrain(str(path / "ar" / "pretrain" / "tiny.pt"), str(work / "vec.txt")).load()
    train = [[{"text": w, "ner": t} for w, t in s] for s in _NER_TRAIN]
    (work / "ner.json").write_text(json.dumps(train, ensure_ascii=False), encoding="utf-8")
    random.seed(seed)
    from stanza.models import ner_tagger
    ner_tagger.main(["--train_file", str(work / "ner.json"), "--eval_file", str(work / "ner.json"),
                     "--wordvec_pretrain_file", str(path / "ar" / "pretrain" / "tiny.pt"), "--shorthand", "ar_tiny",
                     "--save_dir", str(path / "ar" / "ner"), "--save_name", "tiny.pt", "--max_steps", "60",
                     "--eval_interval", "1000", "--optim", "adam", "--lr", "0.05", "--dropout", "0", "--hidden_dim", "8", "--char_hidden_dim", "8", "--word_emb_dim", "8",
                     "--char_emb_dim", "8", "--batch_size", "2", "--seed", str(seed), "--scheme", "bioes"])
    rows = []
    k = 1
    for i, (tok, parts) in enumerate(_MWT):
        rows.append(f"{k}-{k + len(parts) - 1}\t{tok}" + "\t_" * 8)
        for j, p in enumerate(parts):
            rows.append(f"{k + j}\t{p}\t{p}\tX\t_\t_\t{0 if k + j == 1 else 1}\t{'root' if k + j == 1 else 'dep'}\t_\t_")
        k += len(parts)
    conllu = "# text = " + " ".join(t for t, _ in _MWT) + "\n" + "\n".join(rows) + "\n\n"
    (work / "mwt.conllu").write_text(conllu, encoding="utf-8")
    from stanza.models import mwt_expander
    mwt_expander.main(["--train_file", str(work / "mwt.conllu"), "--eval_file", str(work / "mwt.conllu"),
                       "--output_file", str(work / "out.conllu"), "--gold_file", str(work / "mwt.conllu"),
                       "--dict_only", "--save_dir", str(path / "ar" / "mwt"), "--save_name", "tiny.pt",
                       "--lang", "ar", "--shorthand", "ar_tiny"])
    resources = {"ar": {"lang_name": "Arabic",
                        "packages": {"default": {"tokenize": "tiny", "mwt": "tiny", "ner": "tiny"}},
                        "default_processors": {"tokenize": "tiny", "mwt": "tiny", "ner": "tiny"},
                        "tokenize": {"tiny": {}}, "mwt": {"tiny": {}}, "pretrain": {"tiny": {}},
                        "ner": {"tiny": {"dependencies": [{"model": "pretrain", "package": "tiny"}]}}}}
    (path / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    return path


def quiet_stanza_logs() -> None:
    """Stanza's trainers log every step; tests and demos want only warnings."""
    import logging
    logging.getLogger("stanza").setLevel(logging.WARNING)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
