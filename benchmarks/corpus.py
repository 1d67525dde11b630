"""The texts the benchmarks read from ``../shared/data`` (or ``$ARNEWS_SHARED/data``).

SaudiNewsNet is non-commercial research data: the benchmarks measure with it, nothing is built from it.
"""
import json
import os
from pathlib import Path

SHARED = Path(os.environ.get("ARNEWS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
NEWS = SHARED / "data" / "news" / "saudinewsnet" / "2015-07-21_22.jsonl"


def news_texts(limit: int, path=NEWS) -> list[str]:
    """The first ``limit`` articles, title + blank line + content (as ``eval_perf.py`` builds them)."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            out.append((r.get("title") or "").strip() + "\n\n" + (r.get("content") or ""))
            if len(out) >= limit:
                break
    return out


def dev_gold_texts() -> list[str]:
    """The hand-annotated articles of ``data/news/dev-gold``."""
    return [p.read_text(encoding="utf-8") for p in sorted((SHARED / "data/news/dev-gold/articles").glob("*.txt"))]
