"""Model sources for serving: a registry alias (``models:/<name>@champion``), a registry
version (``models:/<name>/<n>``), or a plain folder, always materialized as a local folder
that ``calltriage.model.load_model`` loads (``model.joblib`` + ``metadata.json``, sha256
checked before unpickling).

Serving imports this module only when a model URI is configured, so the service keeps
working without MLflow when no registry is used.

* ``resolve_model_source(uri)`` -> ``ModelSource(folder, version, ...)``. Registry
  versions are downloaded once into a cache (``<cache>/<name>/v<version>/``, written to a
  temporary folder and renamed, so a half-downloaded version is never seen). ``None`` or an
  empty URI means "no registry configured": the ``models/default`` folder.
  When the registry is unreachable, the last version this cache resolved for the same URI
  is used (``ModelSource.note`` says so); with no cached version, ``RegistryUnavailable``.
* ``current_version(uri)``: one cheap registry call, the version an alias points at now.
  ``AliasFollower`` polls it and hands back a new ``ModelSource`` when the alias moved
  (the reload mechanism then loads and swaps, as for a changed folder).
* ``ShadowScorer``: scores a request with the ``challenger`` next to the live engine; the
  shadow decision is logged for comparison and never returned.

Wiring in serving (sketch):

    if settings.model_uri:                      # e.g. models:/calltriage-triage@champion
        from training.registry import AliasFollower, resolve_model_source
        src = resolve_model_source(settings.model_uri, cache_dir=settings.data_dir / "model-cache")
        model = load_model(src.folder)          # the usual sha256 + version checks
        follower = AliasFollower(settings.model_uri, cache_dir=..., current=src)
    # every N seconds and on POST /v1/admin/reload, off the event loop:
    new = await anyio.to_thread.run_sync(follower.check)      # None: alias did not move
    if new: model = await anyio.to_thread.run_sync(load_model, new.folder)
            engine.swap_model(model)            # on the loop, as ModelReloader does today
    # shadow mode: after the response, ON THE EVENT LOOP (spaCy memory zones are not
    # thread-safe), e.g. an async BackgroundTask:
    shadow = ShadowScorer.from_registry(engine, sink=settings.data_dir / "shadow.jsonl")
    shadow.compare(call, decision, decision_id)
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from training.mlflow_config import CHALLENGER, CHAMPION, REPO, MlflowConfig

log = logging.getLogger("calltriage.registry")

DEFAULT_CACHE = REPO / "var" / "model-cache"


def default_cache() -> Path:
    """``CALLTRIAGE_MODEL_CACHE`` or ``<repo>/var/model-cache``."""
    env = os.environ.get("CALLTRIAGE_MODEL_CACHE")
    return Path(env) if env else DEFAULT_CACHE


class RegistryUnavailable(RuntimeError):
    """The registry cannot be reached and nothing usable is cached for this URI."""


@dataclass(frozen=True)
class ModelSource:
    folder: Path  # holds model.joblib + metadata.json: pass to calltriage.model.load_model
    uri: str | None  # what was asked for (None: no registry configured)
    name: str | None = None  # registered model name
    version: str | None = None  # registry version number, e.g. "7"
    alias: str | None = None
    policy_path: Path | None = None  # the policy logged with the model (serving may ignore it)
    note: str | None = None  # e.g. "registry unreachable: using cached version 6"

    @property
    def label(self) -> str:
        if self.name and self.version:
            return f"{self.name}/{self.version}" + (f"@{self.alias}" if self.alias else "")
        return str(self.folder)


def parse_models_uri(uri: str) -> tuple[str, str | None, str | None]:
    """``models:/name@alias`` -> (name, None, alias); ``models:/name/3`` -> (name, "3", None)."""
    if not uri.startswith("models:/"):
        raise ValueError(f"not a registry URI: {uri!r}")
    rest = uri[len("models:/"):].strip("/")
    if "@" in rest:
        name, alias = rest.rsplit("@", 1)
        if not name or not alias:
            raise ValueError(f"bad registry URI {uri!r}: use models:/<name>@<alias>")
        return name, None, alias
    if "/" in rest:
        name, version = rest.rsplit("/", 1)
        if not version.isdigit():
            raise ValueError(f"bad registry URI {uri!r}: use models:/<name>/<version number>")
        return name, version, None
    raise ValueError(f"bad registry URI {uri!r}: use models:/<name>@<alias> or "
                     "models:/<name>/<version>")


def _client(config: MlflowConfig | None):
    from training.tracking import client_for

    return client_for(config or MlflowConfig.from_env())


def current_version(uri: str, config: MlflowConfig | None = None, client=None) -> str:
    """The registry version ``uri`` points at now (one registry call for an alias)."""
    name, version, alias = parse_models_uri(uri)
    if version is not None:
        return version
    client = client or _client(config)
    return str(client.get_model_version_by_alias(name, alias).version)


def _pointer_path(cache: Path, uri: str) -> Path:
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in uri)
    return cache / "pointers" / f"{safe}.json"


def _find_model_folder(model_root: Path) -> tuple[Path, Path | None]:
    """Locate the triage model folder and the policy inside a downloaded pyfunc model."""
    import yaml

    from training.pyfunc import ARTIFACT_MODEL, ARTIFACT_POLICY

    conf = yaml.safe_load((model_root / "MLmodel").read_text())
    arts = conf["flavors"]["python_function"].get("artifacts") or {}
    folder = model_root / arts[ARTIFACT_MODEL]["path"]
    policy = model_root / arts[ARTIFACT_POLICY]["path"] if ARTIFACT_POLICY in arts else None
    return folder, policy


def _store_key_for_uri(uri: str) -> str:
    import hashlib

    return hashlib.sha256(str(uri).encode()).hexdigest()[:12]


def _store_key(client) -> str:
    """Versions of two registries must never share a cache folder."""
    uri = getattr(client, "_registry_uri", None) or getattr(client, "tracking_uri", "")
    return _store_key_for_uri(uri)


def _check_version(client, name: str, version: str, folder: Path) -> None:
    """The artifact must be the one the registry version was tagged with at training."""
    try:
        tagged = client.get_model_version(name, version).tags.get("model_version")
    except Exception:  # noqa: BLE001 - tags are a cross-check, not the source of truth
        return
    if not tagged:
        return
    meta = json.loads((folder / "metadata.json").read_text())
    if meta.get("model_version") != tagged:
        raise RegistryUnavailable(
            f"{name} version {version}: artifact {meta.get('model_version')} does not match the "
            f"registry tag {tagged}")


def _download(client, name: str, version: str, cache: Path) -> tuple[Path, Path | None]:
    """Download version ``version`` once; returns (model folder, policy path)."""
    cache = cache / _store_key(client)
    final = cache / name / f"v{version}"
    if (final / "MLmodel").is_file():
        folder, policy = _find_model_folder(final)
        _check_version(client, name, version, folder)
        return folder, policy
    import mlflow.artifacts

    mv = client.get_model_version(name, version)
    source = f"models:/{name}/{version}"
    (cache / name).mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".v{version}-", dir=cache / name))
    try:
        mlflow.artifacts.download_artifacts(artifact_uri=source, dst_path=str(tmp))
        root = tmp
        if not (root / "MLmodel").is_file():  # some stores nest the model under its name
            found = next(iter(tmp.rglob("MLmodel")), None)
            if found is None:
                raise RegistryUnavailable(f"{name} version {version} ({mv.source}) has no MLmodel")
            root = found.parent
        try:
            os.replace(root, final)
        except OSError:  # another process finished first: use theirs
            if not (final / "MLmodel").is_file():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    folder, policy = _find_model_folder(final)
    _check_version(client, name, version, folder)
    return folder, policy


def resolve_model_source(uri: str | None, *, config: MlflowConfig | None = None,
                         cache_dir: Path | None = None, fallback: Path | None = None,
                         client=None) -> ModelSource:
    """Materialize ``uri`` as a local model folder (see the module docstring)."""
    if not uri or not str(uri).strip():
        from calltriage.engine import DEFAULT_MODEL_DIR

        return ModelSource(Path(fallback or DEFAULT_MODEL_DIR), None,
                           note="no registry configured: using the model folder")
    uri = str(uri).strip()
    if not uri.startswith("models:/"):
        path = Path(uri[len("file://"):] if uri.startswith("file://") else uri)
        return ModelSource(path, uri)
    name, version, alias = parse_models_uri(uri)
    cache = Path(cache_dir or default_cache())
    try:
        client = client or _client(config)
        pointer = _pointer_path(cache / _store_key(client), uri)
        version = version or current_version(uri, client=client)
        folder, policy = _download(client, name, version, cache)
    except Exception as exc:  # noqa: BLE001 - registry down or alias missing: try the cache
        cfg = config or MlflowConfig.from_env()
        pointer = _pointer_path(cache / _store_key_for_uri(cfg.tracking_uri), uri)
        if pointer.is_file():
            p = json.loads(pointer.read_text())
            folder = Path(p["folder"])
            if (folder / "metadata.json").is_file():
                note = (f"registry unavailable ({type(exc).__name__}): using cached "
                        f"{name} version {p['version']} last resolved for {uri}")
                log.error(note)
                return ModelSource(folder, uri, name, p["version"], alias,
                                   Path(p["policy"]) if p.get("policy") else None, note)
        raise RegistryUnavailable(f"cannot resolve {uri}: {type(exc).__name__}: {exc}") from exc
    pointer.parent.mkdir(parents=True, exist_ok=True)
    tmp = pointer.with_suffix(".tmp")
    tmp.write_text(json.dumps({"uri": uri, "version": version, "folder": str(folder),
                               "policy": str(policy) if policy else None,
                               "resolved_at": time.time()}))
    tmp.replace(pointer)
    return ModelSource(folder, uri, name, version, alias, policy)


class AliasFollower:
    """Follow a registry alias: ``check()`` returns a new ``ModelSource`` when the alias now
    points at another version (downloaded and ready to load), else None. Errors are logged
    and swallowed (``last_error``): the service keeps serving what it has."""

    def __init__(self, uri: str, *, config: MlflowConfig | None = None,
                 cache_dir: Path | None = None, current: ModelSource | None = None) -> None:
        self.uri = uri
        self.config = config
        self.cache_dir = cache_dir
        self.current = current
        self.last_error: str | None = None
        self._lock = threading.Lock()

    def check(self) -> ModelSource | None:
        with self._lock:
            try:
                client = _client(self.config)
                version = current_version(self.uri, client=client)
                if self.current is not None and self.current.version == version:
                    self.last_error = None
                    return None
                src = resolve_model_source(self.uri, config=self.config,
                                           cache_dir=self.cache_dir, client=client)
            except Exception as exc:  # noqa: BLE001 - never take the service down
                self.last_error = f"{type(exc).__name__}: {exc}"
                log.error("registry check for %s failed: %s", self.uri, self.last_error)
                return None
            self.last_error = None
            self.current = src
            return src


def champion_uri(config: MlflowConfig | None = None) -> str:
    config = config or MlflowConfig.from_env()
    return f"models:/{config.registered_model}@{CHAMPION}"


def challenger_uri(config: MlflowConfig | None = None) -> str:
    config = config or MlflowConfig.from_env()
    return f"models:/{config.registered_model}@{CHALLENGER}"


# shadow mode ----------------------------------------------------------------------------
class ShadowScorer:
    """Score requests with a second model (the ``challenger``) next to the live engine.

    Uses the live engine's policy and rule detector, so the only difference is the
    classifier. ``compare(request, live_decision)`` returns a JSON-able comparison record
    and logs it (logger ``calltriage.shadow``, and ``sink`` JSONL if given); the shadow
    decision is never returned to the caller. Any failure is logged and swallowed.
    """

    def __init__(self, live_engine, model, *, source: ModelSource | None = None,
                 sink: Path | None = None) -> None:
        from calltriage.engine import Engine

        self.engine = Engine(live_engine.policy, model, detector=live_engine.detector)
        self.source = source
        self.sink = Path(sink) if sink else None
        self._log = logging.getLogger("calltriage.shadow")
        self._sink_lock = threading.Lock()

    @classmethod
    def from_registry(cls, live_engine, uri: str | None = None, **kw) -> ShadowScorer | None:
        """The challenger (default ``models:/<name>@challenger``), or None when there is no
        challenger or it is the live model."""
        from calltriage.model import load_model

        uri = uri or challenger_uri(kw.get("config"))
        try:
            src = resolve_model_source(uri, config=kw.get("config"), cache_dir=kw.get("cache_dir"))
            model = load_model(src.folder)
        except Exception as exc:  # noqa: BLE001
            log.warning("shadow mode off: %s not loadable (%s)", uri, type(exc).__name__)
            return None
        if model.version == live_engine.model_version:
            log.info("shadow mode off: %s is the live model", uri)
            return None
        return cls(live_engine, model, source=src, sink=kw.get("sink"))

    @property
    def model_version(self) -> str | None:
        return self.engine.model_version

    def compare(self, request, live_decision, decision_id: str | None = None) -> dict | None:
        try:
            shadow = self.engine.decide(request)
            rec = {
                "type": "shadow",
                "decision_id": decision_id,
                "live_model": live_decision.model_version,
                "shadow_model": shadow.model_version,
                "shadow_registry_version": self.source.version if self.source else None,
                "live_route": live_decision.route,
                "shadow_route": shadow.route,
                "live_category": live_decision.category,
                "shadow_category": shadow.category,
                "shadow_probabilities": shadow.probabilities,
                "same_route": live_decision.route == shadow.route,
                "same_category": live_decision.category == shadow.category,
            }
        except Exception as exc:  # noqa: BLE001 - shadow scoring must never affect serving
            self._log.error("shadow scoring failed: %s", type(exc).__name__)
            return None
        line = json.dumps(rec, sort_keys=True)
        self._log.info(line)
        if self.sink is not None:
            try:
                with self._sink_lock:
                    self.sink.parent.mkdir(parents=True, exist_ok=True)
                    with self.sink.open("a", encoding="utf-8") as f:
                        f.write(line + "\n")
            except OSError as exc:
                self._log.error("shadow sink not writable: %s", exc.strerror)
        return rec
