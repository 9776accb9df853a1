"""Hot model reload: on ``POST /v1/admin/reload`` and when the model folder's
``metadata.json`` changes (polled; ``save_model`` writes it last, after the model file).

Loading (unpickling, sha256 check) runs in a thread; the swap itself runs on the event
loop, between requests, through ``Engine.swap_model`` (warm first, then one reference
assignment), so a request sees the old or the new model, never a mix. A bad new model is
refused (``ModelLoadError``) and the old one keeps serving. spaCy's memory zones are not
thread-safe, so everything that touches the pipeline (decisions, warm-up) stays on the
event-loop thread.

Registry mode (``CALLTRIAGE_MODEL_URI=models:/<name>@champion``): the reloader holds an
``AliasFollower`` instead of watching a folder. Every ``registry_poll_seconds`` and on
``POST /v1/admin/reload`` it asks the registry (in a thread) where the alias points; when it
moved, the new version (already downloaded to the cache) is loaded in a thread and swapped
through the same path as a changed folder: warmed first, a bad model refused, the old one
keeps serving.
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
                 poll_seconds: float = 5.0, *, follower=None, source=None,
                 on_swap=None, on_poll=None) -> None:
        self.engine = engine
        self.model_dir = Path(model_dir)
        self.metrics = metrics
        self.poll_seconds = poll_seconds
        # registry mode: an AliasFollower and the ModelSource now serving (None: the
        # fallback folder is serving because the registry was unreachable at start-up)
        self.follower = follower
        self.source = source
        self.on_swap = on_swap  # async callable, after a successful registry swap
        self.on_poll = on_poll  # async callable, after each registry poll
        self.on_loaded = None  # callable(model), in a thread, after a swap (model archive)
        self._notify_task: asyncio.Task | None = None
        self._lock = asyncio.Lock()
        # One registry follow at a time (poller or POST /v1/admin/reload): otherwise an
        # explicit reload that checks the alias while the poller is still swapping in the
        # new version sees "no move" and reloads the old folder over it.
        self._follow_lock = asyncio.Lock()
        self._seen = _signature(self.model_dir)
        self._task: asyncio.Task | None = None
        self.last_error: str | None = None

    async def reload(self) -> ReloadResult:
        if self.follower is not None:
            return await self.follow(explicit=True)
        return await self._load_and_swap(self.model_dir)

    async def follow(self, explicit: bool = False) -> ReloadResult:
        """Registry mode: swap in the version the alias points at now, if it moved.
        ``explicit`` (POST /v1/admin/reload): also reload the current version's folder when
        the alias did not move, as a folder reload would."""
        async with self._follow_lock:
            return await self._follow(explicit)

    async def _follow(self, explicit: bool) -> ReloadResult:
        follower = self.follower
        new = await anyio.to_thread.run_sync(follower.check)
        if new is None:
            previous = self.engine.model_version
            if follower.last_error:
                error = f"registry check failed ({follower.last_error.split(':')[0]})"
                if explicit:
                    return ReloadResult(False, previous, previous, error)
                return ReloadResult(False, previous, previous, None)
            if not explicit:
                return ReloadResult(False, previous, previous, None)
            folder = self.source.folder if self.source is not None else self.model_dir
            return await self._load_and_swap(folder)
        log.info("registry alias %s moved to version %s, reloading", follower.uri, new.version)
        result = await self._load_and_swap(new.folder)
        if result.reloaded:
            self.source = new
            self.model_dir = Path(new.folder)
            if self.on_swap is not None:
                await self.on_swap()
        return result

    async def _load_and_swap(self, folder: Path) -> ReloadResult:
        async with self._lock:
            previous = self.engine.model_version
            self._seen = _signature(self.model_dir)
            try:
                model = await anyio.to_thread.run_sync(load_model, folder)
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
            if self.on_loaded is not None:  # in the background: the swap is done already
                self._notify_task = asyncio.get_running_loop().create_task(self._notify(model))
            if self.metrics:
                self.metrics.reloads.labels("ok").inc()
                self.metrics.set_model(self.engine.model_version, self.engine.rules_version,
                                       self.engine.policy_version)
            log.warning("model reloaded: %s -> %s", previous, self.engine.model_version)
            return ReloadResult(True, self.engine.model_version, previous)

    async def _notify(self, model) -> None:
        try:
            await anyio.to_thread.run_sync(self.on_loaded, model)
        except Exception as exc:  # noqa: BLE001 - never fail a reload for this
            log.error("after reload: %s in on_loaded", type(exc).__name__)

    def start(self) -> None:
        if self.poll_seconds > 0:
            watch = self._follow_registry if self.follower is not None else self._watch
            self._task = asyncio.get_running_loop().create_task(watch())

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

    async def _follow_registry(self) -> None:
        while True:
            await asyncio.sleep(self.poll_seconds)
            try:
                await self.follow()
                if self.on_poll is not None:
                    await self.on_poll()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - following must never stop serving
                log.error("registry poll failed: %s", type(exc).__name__)
