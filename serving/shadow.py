"""Shadow mode (``CALLTRIAGE_SHADOW=true`` with ``CALLTRIAGE_MODEL_URI``): the registry's
``challenger`` scores the same requests as the live model; each comparison is appended to
``<data_dir>/shadow.jsonl`` and never returned.

The challenger is resolved and loaded in a thread (at start-up, after a champion swap, and
when the challenger alias moves). Scoring runs after the response is sent, as an async
background task ON THE EVENT LOOP: spaCy's memory zones are not thread-safe.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import anyio

log = logging.getLogger("calltriage.serving.shadow")

SHADOW_FILE = "shadow.jsonl"


def challenger_uri_for(model_uri: str) -> str:
    """``models:/<name>@champion`` -> ``models:/<name>@challenger`` (same registered name)."""
    from training.registry import CHALLENGER, parse_models_uri

    name, _version, _alias = parse_models_uri(model_uri)
    return f"models:/{name}@{CHALLENGER}"


class ShadowManager:
    def __init__(self, engine, model_uri: str, cache_dir: Path, sink: Path) -> None:
        self.engine = engine
        self.uri = challenger_uri_for(model_uri)
        self.cache_dir = cache_dir
        self.sink = sink
        self.scorer = None  # training.registry.ShadowScorer, or None: shadow mode is idle
        self.reason: str | None = "not checked yet"
        self.compared = 0
        self._lock = asyncio.Lock()

    async def refresh(self, force: bool = False) -> None:
        """(Re)load the challenger when it moved or the live model changed."""
        from training.registry import ShadowScorer, current_version

        async with self._lock:
            if not force and self.scorer is not None:
                try:
                    version = await anyio.to_thread.run_sync(current_version, self.uri)
                except Exception:  # noqa: BLE001 - registry down: keep the challenger we have
                    version = None
                src = self.scorer.source
                if (version is None or (src is not None and src.version == version)) and \
                        self.scorer.model_version != self.engine.model_version:
                    return
            scorer = await anyio.to_thread.run_sync(
                lambda: ShadowScorer.from_registry(self.engine, self.uri,
                                                   cache_dir=self.cache_dir, sink=self.sink))
            if scorer is None:
                self.reason = f"no challenger other than the live model at {self.uri}"
            else:
                self.reason = None
                log.info("shadow mode on: challenger %s (version %s)", scorer.model_version,
                         scorer.source.version if scorer.source else None)
            self.scorer = scorer

    async def compare(self, calls, decisions, decision_ids) -> None:
        """Background task after the response: on the event loop, never raises."""
        scorer = self.scorer
        if scorer is None:
            return
        for i, (call, decision, decision_id) in enumerate(zip(calls, decisions, decision_ids)):
            if scorer.compare(call, decision, decision_id) is not None:
                self.compared += 1
            if i % 32 == 31:
                await asyncio.sleep(0)  # let requests in between slices

    def status(self) -> dict:
        scorer = self.scorer
        src = scorer.source if scorer is not None else None
        return {"enabled": True, "active": scorer is not None, "challenger_uri": self.uri,
                "challenger_model_version": scorer.model_version if scorer else None,
                "challenger_registry_version": src.version if src else None,
                "sink": str(self.sink), "compared": self.compared, "reason": self.reason}
