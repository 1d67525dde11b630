"""Optional integrations (each an extra; nothing heavy is imported here).

- :mod:`arnews.integrations.spacy_adapter` -- ``to_spacy`` and the ``"arnews"`` spaCy pipe (``arnews[spacy]``)
- :mod:`arnews.integrations.frames` -- ``to_frames``: pandas DataFrames (``arnews[pandas]``)
- :mod:`arnews.integrations.arrow` -- ``arrow_schema`` / ``to_arrow``: Arrow derived from the records
- :mod:`arnews.dask` -- ``extract`` over a Dask DataFrame (``arnews[dask]``)

See docs/integrations.md.
"""


def require(module: str, extra: str):
    """Import an optional dependency or fail with a message naming the extra to install."""
    import importlib
    try:
        return importlib.import_module(module)
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(f"{module} is needed for this arnews integration; install it with "
                          f"`pip install 'arnews[{extra}]'` ({e})") from e
