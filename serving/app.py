"""The FastAPI application factory.

``create_app(settings)`` validates what can be checked without I/O on the network (policy
file, API keys, data folder) and fails fast with a clear message. The lifespan then loads
and warms the engine (a missing or bad model does not stop the service: it answers
rules-only, ``degraded: true``, and ``/readyz`` says why), opens the audit store (a
database that is down does not stop it either: records are spooled) and starts watching
the model folder.
"""

from __future__ import annotations

import logging
import os
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
from fastapi import FastAPI

from calltriage.engine import Engine, ModelBudget
from calltriage.model import ModelLoadError
from calltriage.policy import PolicyError, load_policy
from serving import errors, web
from serving.audit import AuditStore
from serving.audit.archive import ModelArchive, record_served_versions
from serving.auth import KeyRing
from serving.metrics import Metrics
from serving.middleware import ServiceMiddleware
from serving.reload import ModelReloader
from serving.routes import admin, decisions, health, triage
from serving.settings import Settings, SettingsError, load_settings, unknown_env_vars

log = logging.getLogger("calltriage.serving")

DESCRIPTION = """Recommends a route for a 911 call (community responder, co-response,
standard dispatch or call-taker review), with the disqualifiers that fired and their
evidence, reasons, and the model/rules/policy versions. Every answer is recorded in a
tamper-evident audit store before it is sent. The call-taker always decides.

Authenticate with `Authorization: Bearer <key>` (roles: `cad`, `auditor`, `admin`)."""


def _check_data_dir(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / f".write-probe-{os.getpid()}"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise SettingsError(f"CALLTRIAGE_DATA_DIR: {path} is not writable ({exc.strerror})") from None


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or load_settings()
    try:
        policy = load_policy(settings.policy)
    except PolicyError as exc:
        raise SettingsError(f"CALLTRIAGE_POLICY: {exc}") from None
    _check_data_dir(settings.data_dir)
    _check_data_dir(settings.spool_dir)
    keyring = KeyRing(settings.all_api_keys(), disabled=settings.auth_disabled)
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        keyring.warn_if_disabled()
        unknown = unknown_env_vars()
        if unknown:
            log.warning("ignoring unknown settings (typo?): %s", ", ".join(unknown))
        registry = None
        if settings.model_uri:
            registry = await anyio.to_thread.run_sync(lambda: _resolve_registry(settings))
            model_dir = registry.source.folder if registry.source else settings.model_dir
        else:
            model_dir = settings.model_dir
        engine = await anyio.to_thread.run_sync(lambda: _build_engine(settings, policy, model_dir))
        try:
            engine.warm()
        except Exception as exc:  # noqa: BLE001 - serve rules-only rather than not at all
            log.error("model failed its warm-up (%s): serving rules-only", type(exc).__name__)
            engine = Engine(policy, None, f"model failed warm-up: {type(exc).__name__}",
                            detector=engine.detector, budget=engine.budget)
        with engine.nlp.memory_zone():  # warm the tokenizer and rules too
            engine.detector.run(engine.nlp.make_doc("RP states subj has a knife, not breathing"))
        if engine.slot.model is None:
            log.error("NOT READY: no model (%s); /v1/triage answers rules-only (degraded)",
                      engine.slot.error)
        store = await anyio.to_thread.run_sync(lambda: AuditStore.open(settings, metrics))
        await anyio.to_thread.run_sync(  # for replay: archive the model, store the policy
            lambda: record_served_versions(settings, engine, store.db, app.state.model_archive))
        shadow = None
        if registry is not None:
            if settings.shadow:
                from serving.shadow import SHADOW_FILE, ShadowManager

                shadow = ShadowManager(engine, settings.model_uri, registry.cache_dir,
                                       settings.data_dir / SHADOW_FILE)
                await shadow.refresh(force=True)

            async def refresh_shadow() -> None:
                if shadow is not None:
                    await shadow.refresh(force=True)

            async def poll_shadow() -> None:
                if shadow is not None:
                    await shadow.refresh()

            reloader = ModelReloader(engine, model_dir, metrics, settings.registry_poll_seconds,
                                     follower=registry.follower, source=registry.source,
                                     on_swap=refresh_shadow, on_poll=poll_shadow)
        else:
            reloader = ModelReloader(engine, settings.model_dir, metrics,
                                     settings.model_poll_seconds)
        reloader.on_loaded = app.state.model_archive.record  # archive every model swapped in
        app.state.engine = engine
        app.state.store = store
        app.state.reloader = reloader
        app.state.registry = registry
        app.state.shadow = shadow
        metrics.set_model(engine.model_version, engine.rules_version, engine.policy_version)
        reloader.start()
        log.info("calltriage service ready to serve: model %s, %s, %s",
                 engine.model_version, engine.rules_version, engine.policy_version)
        try:
            yield
        finally:
            await reloader.stop()
            await anyio.to_thread.run_sync(store.close)

    app = FastAPI(title="calltriage CAD service", version="1.0.0", description=DESCRIPTION,
                  lifespan=lifespan)
    app.state.settings = settings
    app.state.keyring = keyring
    app.state.metrics = metrics
    app.state.model_archive = ModelArchive(
        settings.data_dir, search=(settings.model_dir, settings.data_dir / "model-cache"))
    errors.install(app)
    for module in (triage, decisions, admin, health):
        app.include_router(module.router)
    web.install(app)  # the auditor pages under /audit
    app.add_middleware(ServiceMiddleware, metrics=metrics, max_body_bytes=settings.max_body_bytes)
    return app


class RegistryState:
    """What serving resolved for ``CALLTRIAGE_MODEL_URI`` at start-up."""

    def __init__(self, uri: str, cache_dir: Path, source, follower, note: str | None) -> None:
        self.uri = uri
        self.cache_dir = cache_dir
        self.source = source  # training.registry.ModelSource, or None: fallback folder serves
        self.follower = follower
        self.note = note  # e.g. registry unreachable: what is served instead


def _resolve_registry(settings: Settings) -> RegistryState:
    """Resolve the registry URI (in a thread). Unreachable registry: the version cached for
    this URI, else ``settings.model_dir``; the alias is followed either way."""
    from training.registry import AliasFollower, RegistryUnavailable, resolve_model_source

    uri = settings.model_uri
    cache_dir = settings.data_dir / "model-cache"
    try:
        src = resolve_model_source(uri, cache_dir=cache_dir)
        note = src.note
        if note:
            log.error("registry unavailable for %s: serving cached version %s", uri, src.version)
    except RegistryUnavailable as exc:
        src = None
        note = (f"registry unavailable ({type(exc.__cause__ or exc).__name__}), nothing cached "
                f"for {uri}: serving the model folder {settings.model_dir}")
        log.error("registry unavailable for %s (%s): falling back to model folder %s", uri,
                  type(exc.__cause__ or exc).__name__, settings.model_dir)
    else:
        log.info("registry model %s resolved to %s", uri, src.label)
    follower = AliasFollower(uri, cache_dir=cache_dir, current=src)
    return RegistryState(uri, cache_dir, src, follower, note)


def model_budget(settings: Settings) -> ModelBudget | None:
    if not settings.model_budget_ms:
        return None
    return ModelBudget(settings.model_budget_ms, settings.model_slow_streak,
                       settings.model_cooloff_s)


def _build_engine(settings: Settings, policy, model_dir: Path | None = None) -> Engine:
    model_dir = model_dir or settings.model_dir
    budget = model_budget(settings)
    try:
        from calltriage.model import load_model

        model = load_model(model_dir)
        return Engine(policy, model, budget=budget)
    except ModelLoadError as exc:
        log.error("model not loaded from %s: %s", model_dir, exc)
        return Engine(policy, None, str(exc), budget=budget)
    except Exception as exc:  # noqa: BLE001 - any broken artifact: serve rules-only
        log.error("model not loaded from %s: %s", model_dir, type(exc).__name__)
        return Engine(policy, None, f"model not loaded: {type(exc).__name__}", budget=budget)


def app_from_env() -> FastAPI:
    """Entry point for ``uvicorn --factory serving.app:app_from_env`` (each worker)."""
    import sys

    settings = load_settings()
    sys.setswitchinterval(settings.gil_switch_interval_ms / 1000.0)
    return create_app(settings)
