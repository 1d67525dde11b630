"""Throughput of ``arnews.dask.extract`` on a local Dask cluster (needs ``arnews[dask]``).

    .venv/bin/python benchmarks/dask_throughput.py \
        ../shared/data/news/saudinewsnet/2015-07-21_22.jsonl --workers 2

Reads the JSON-lines file with ``pandas.read_json(lines=True)``, analyses ``title + content`` on a
``distributed.LocalCluster`` (``--workers`` processes, one thread each, localhost only, no
dashboard) and writes the typed output to Parquet in a temporary folder (``--sink compute`` pulls
it to the client instead). Reported: articles/s and MB/s (UTF-8 bytes of title + content) over the
extraction, which includes building the pipeline once per worker but not starting the cluster
(timed on its own). Compare with the CLI's ``--workers 2`` on the same machine.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/news/saudinewsnet/2015-07-21_22.jsonl"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partitions", type=int, default=0, help="default: 8 per worker")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--sink", choices=("parquet", "compute"), default="parquet")
    ap.add_argument("--nested", choices=("arrow", "json"), default="arrow")
    ap.add_argument("--json", action="store_true", help="print the result as one JSON line")
    args = ap.parse_args(argv)

    import dask
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client, LocalCluster, wait

    import arnews.dask as adask

    t0 = time.perf_counter()
    pdf = pd.read_json(args.path, lines=True, dtype=False)
    if args.limit:
        pdf = pdf.head(args.limit)
    pdf = pdf[["title", "content"]].reset_index(drop=True)
    n = len(pdf)
    nbytes = sum(len(str(x).encode("utf-8")) for col in ("title", "content") for x in pdf[col].fillna(""))
    t_read = time.perf_counter() - t0

    t0 = time.perf_counter()
    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, host="127.0.0.1")
    client = Client(cluster)
    t_cluster = time.perf_counter() - t0
    try:
        ddf = dd.from_pandas(pdf, npartitions=args.partitions or 8 * args.workers)
        ddf = client.persist(ddf)  # the input is on the workers before the clock starts
        wait(ddf)
        out = adask.extract(ddf, "content", title_column="title", nested=args.nested)
        t0 = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            if args.sink == "parquet":
                # one graph: the extraction runs once, feeding both the files and the error count
                _, errors = dask.compute(out.to_parquet(tmp, compute=False), out["error"].count())
                errors = int(errors)
            else:
                res = out.compute()
                errors = int(res["error"].count())
            t = time.perf_counter() - t0
    finally:
        client.close()
        cluster.close()
    result = {"articles": n, "mb": round(nbytes / 1e6, 2), "workers": args.workers,
              "partitions": args.partitions or 8 * args.workers, "sink": args.sink, "seconds": round(t, 2),
              "articles_per_s": round(n / t, 1), "mb_per_s": round(nbytes / 1e6 / t, 3), "errors": errors,
              "read_s": round(t_read, 2), "cluster_start_s": round(t_cluster, 2)}
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{n} articles, {result['mb']} MB (title+content, UTF-8) on a LocalCluster of {args.workers} "
              f"worker processes x 1 thread, {result['partitions']} partitions, sink={args.sink}")
        print(f"extract: {t:.2f} s -> {result['articles_per_s']} articles/s, {result['mb_per_s']} MB/s "
              f"({errors} rows with errors); read {t_read:.2f} s, cluster start {t_cluster:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
