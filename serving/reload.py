"""Hot model reload: on ``POST /v1/admin/reload`` and when the model folder's
``metadata.json`` changes (polled; ``save_model`` writes it last, after the model file).

Loading (unpickling, sha256 check) runs in a thread; the swap itself runs on the event
loop, between requests, through ``Engine.swap_model`` (warm first, then one reference
assignment), so a request sees the old or the new model, never a mix. A bad new model is
refused (``ModelLoadError``) and the old one keeps serving. spaCy's memory zones are not
thread-safe, so everything that touches the pipeline (decisions, warm-up) stays on the
event-loop thread.
"""

from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import anyio

from calltriage.engine import Engine
from calltriage.model import METADATA_FILE, ModelLoadError, load_model

log = logging.getLogger("calltriage.serving.reload")


@dataclass(frozen=True)
class ReloadResult:
    reloaded: bool
    model_version: str | None
    previous_version: str | None
    error: str | None = None


def _signature(folder: Path) -> tuple | None:
    try:
        st = os.stat(folder / METADATA_FILE)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


class ModelReloader:
    def __init__(self, engine: Engine, model_dir: Path, metrics=None,
                 poll_seconds: float = 5.0) -> None:
        self.engine = engine
        self.model_dir = Path(model_dir)
        self.metrics = metrics
        self.poll_seconds = poll_seconds
        self._lock = asyncio.Lock()
        self._seen = _signature(self.model_dir)
        self._task: asyncio.Task | None = None
        self.last_error: str | None = None

    async def reload(self) -> ReloadResult:
        async with self._lock:
            previous = self.engine.model_version
            self._seen = _signature(self.model_dir)
            try:
                model = await anyio.to_thread.run_sync(load_model, self.model_dir)
                self.engine.swap_model(model)  # on the loop: warms, then swaps
            except ModelLoadError as exc:
                self.last_error = str(exc)
                log.error("model reload refused, still serving %s: %s", previous, exc)
                if self.metrics:
                    self.metrics.reloads.labels("refused").inc()
                return ReloadResult(False, previous, previous, str(exc))
            except Exception as exc:  # noqa: BLE001 - a failing model must never take us down
                self.last_error = f"{type(exc).__name__} while loading the model"
                log.error("model reload refused, still serving %s: %s", previous,
                          self.last_error)
                if self.metrics:
                    self.metrics.reloads.labels("refused").inc()
                return ReloadResult(False, previous, previous, self.last_error)
            self.last_error = None
            if self.metrics:
                self.metrics.reloads.labels("ok").inc()
                self.metrics.set_model(self.engine.model_version, self.engine.rules_version,
                                       self.engine.policy_version)
            log.warning("model reloaded: %s -> %s", previous, self.engine.model_version)
            return ReloadResult(True, self.engine.model_version, previous)

    def start(self) -> None:
        if self.poll_seconds > 0:
            self._task = asyncio.get_running_loop().create_task(self._watch())

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(self.poll_seconds)
            sig = _signature(self.model_dir)
            if sig is not None and sig != self._seen:
                log.info("model folder changed, reloading")
                await self.reload()
