"""What the service served, kept so any decision can be replayed and explained with the
model and policy it was made with.

* **Models**: every model the engine loads (at start-up and at each reload or registry
  swap) is copied to ``<data_dir>/model-archive/<model_version>/`` (``model.joblib`` +
  ``metadata.json``; written to a temporary folder and renamed, so a half-copied version is
  never found). A version that is not archived is also looked for in the configured model
  folder and the registry cache (``<data_dir>/model-cache``). Loading goes through
  ``calltriage.model.load_model``, so the sha256 and library checks apply.
* **Policies**: each policy's canonical JSON (the text its ``policy_version`` hashes) and
  the TOML file it came from go to the ``audit_policies`` table. A stored policy is checked
  against its version when read back, so an edited row is refused, not replayed.

Rules are code: only the rules version installed now can run (replay says so when it differs).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import shutil
import tempfile
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from calltriage.model import (
    METADATA_FILE,
    MODEL_FILE,
    LoadedModel,
    ModelLoadError,
    load_model,
    sha256_file,
)
from calltriage.policy import Policy, load_policy
from serving.audit.models import policies

log = logging.getLogger("calltriage.serving.audit")

ARCHIVE_DIR = "model-archive"
_SAFE = re.compile(r"[^A-Za-z0-9_.+-]")


def _safe_name(version: str) -> str:
    return _SAFE.sub("_", version)[:200]


class ModelArchive:
    """Model versions by name, on disk under ``<data_dir>/model-archive``; loaded models are
    kept in a small LRU (each is a few MB)."""

    def __init__(self, data_dir: Path, search: tuple[Path, ...] = (), cache_size: int = 4) -> None:
        self.root = Path(data_dir) / ARCHIVE_DIR
        self.search = tuple(Path(p) for p in search)
        self._loaded: OrderedDict[str, LoadedModel] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    # writing --------------------------------------------------------------------------
    def record(self, model: LoadedModel | None) -> Path | None:
        """Copy ``model``'s artifact into the archive (no-op when already there)."""
        if model is None:
            return None
        target = self.root / _safe_name(model.version)
        if (target / METADATA_FILE).is_file():
            return target
        src = Path(model.path)
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".incoming-", dir=self.root))
        try:
            shutil.copy2(src / MODEL_FILE, tmp / MODEL_FILE)
            if sha256_file(tmp / MODEL_FILE) != model.metadata.get("sha256"):
                # the folder was replaced after this model was loaded: the file is another one
                shutil.rmtree(tmp, ignore_errors=True)
                log.warning("model %s not archived: its folder already holds another "
                            "artifact", model.version)
                return None
            # the metadata of the object that serves (its sha256 names the artifact)
            (tmp / METADATA_FILE).write_text(json.dumps(model.metadata, indent=2, sort_keys=True))
            try:
                tmp.rename(target)
            except OSError:  # another process archived it first
                shutil.rmtree(tmp, ignore_errors=True)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        log.info("model %s archived for replay", model.version)
        return target

    # reading --------------------------------------------------------------------------
    def versions(self) -> list[str]:
        if not self.root.is_dir():
            return []
        out = []
        for meta in self.root.glob(f"*/{METADATA_FILE}"):
            try:
                out.append(json.loads(meta.read_text())["model_version"])
            except (OSError, ValueError, KeyError):
                continue
        return sorted(out)

    def find(self, version: str) -> Path | None:
        """The folder holding ``version``: the archive, else the model folder or the registry
        cache (their metadata names the version)."""
        direct = self.root / _safe_name(version)
        if (direct / METADATA_FILE).is_file():
            return direct
        for base in self.search:
            if (base / METADATA_FILE).is_file():
                candidates = [base / METADATA_FILE]
            elif base.is_dir():
                candidates = list(base.glob(f"**/{METADATA_FILE}"))[:500]
            else:
                continue
            for meta in candidates:
                try:
                    if json.loads(meta.read_text()).get("model_version") == version:
                        return meta.parent
                except (OSError, ValueError):
                    continue
        return None

    def load(self, version: str | None) -> tuple[LoadedModel | None, str | None]:
        """(model, None) or (None, why not)."""
        if not version:
            return None, "the decision was made without a model"
        with self._lock:
            if version in self._loaded:
                self._loaded.move_to_end(version)
                return self._loaded[version], None
        folder = self.find(version)
        if folder is None:
            return None, f"model {version} is not in the archive, the model folder or the cache"
        try:
            model = load_model(folder)
        except ModelLoadError as exc:
            return None, f"model {version} cannot be loaded: {exc}"
        except Exception as exc:  # noqa: BLE001 - a broken artifact is "not available"
            return None, f"model {version} cannot be loaded: {type(exc).__name__}"
        if model.version != version:
            return None, f"the folder for {version} holds {model.version}"
        with self._lock:
            self._loaded[version] = model
            while len(self._loaded) > self._cache_size:
                self._loaded.popitem(last=False)
        return model, None


# policies ---------------------------------------------------------------------------------


def policy_json(policy: Policy) -> str:
    """The canonical JSON ``Policy.version`` hashes."""
    return json.dumps(policy.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))


def record_policy(db, policy: Policy, source_text: str | None = None) -> bool:
    """Store ``policy`` by version (True when newly stored). Raises when the database is down."""
    with db.reader.connect() as conn:
        if conn.execute(select(policies.c.policy_version).where(
                policies.c.policy_version == policy.version)).first() is not None:
            return False
    try:
        with db.writer.begin() as conn:
            conn.execute(policies.insert().values(
                policy_version=policy.version, name=policy.name, policy_json=policy_json(policy),
                source_text=source_text,
                first_seen_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)))
    except IntegrityError:  # another instance stored it at the same moment
        return False
    log.info("policy %s stored for replay", policy.version)
    return True


@dataclass(frozen=True)
class StoredPolicy:
    policy: Policy | None
    source_text: str | None
    problem: str | None  # why it cannot be used


def get_policy(db, version: str) -> StoredPolicy | None:
    """The stored policy ``version`` (None when not stored). A row whose JSON no longer
    hashes to its version is returned with ``problem`` set and no policy."""
    with db.reader.connect() as conn:
        row = conn.execute(select(policies).where(policies.c.policy_version == version)).first()
    if row is None:
        return None
    try:
        policy = Policy.model_validate(json.loads(row.policy_json))
    except ValueError as exc:
        return StoredPolicy(None, row.source_text,
                            f"stored policy {version} is unreadable ({type(exc).__name__})")
    if policy.version != version:
        return StoredPolicy(None, row.source_text,
                            f"stored policy {version} does not match its version (edited?)")
    return StoredPolicy(policy, row.source_text, None)


def policy_thresholds(db) -> dict[str, float]:
    """policy_version -> confidence_threshold for every stored, intact policy."""
    out = {}
    with db.reader.connect() as conn:
        rows = conn.execute(select(policies.c.policy_version, policies.c.policy_json)).all()
    for version, text in rows:
        try:
            p = Policy.model_validate(json.loads(text))
        except ValueError:
            continue
        if p.version == version:
            out[version] = p.confidence_threshold
    return out


def policy_source(settings) -> str | None:
    """The TOML text of the configured policy file (or the default one)."""
    from calltriage.policy import DEFAULT_POLICY_PATH

    path = Path(settings.policy) if settings.policy else DEFAULT_POLICY_PATH
    try:
        return path.read_text()
    except OSError:
        return None


def record_served_versions(settings, engine, db, archive: ModelArchive) -> None:
    """At start-up: archive the model and store the policy (each failure logged, never
    raised: recording must not stop the service)."""
    try:
        archive.record(engine.slot.model)
    except Exception as exc:  # noqa: BLE001
        log.error("could not archive model %s for replay: %s", engine.model_version,
                  type(exc).__name__)
    if not getattr(db, "_schema_ready", True):
        log.warning("audit database unreachable at start-up: policy %s will be stored when "
                    "a replay first needs it", engine.policy_version)
        return
    try:
        text = policy_source(settings)
        if text is not None:
            try:
                if load_policy(settings.policy).version != engine.policy.version:
                    text = None  # the file changed since start-up: keep only the JSON
            except Exception:  # noqa: BLE001
                text = None
        record_policy(db, engine.policy, text)
    except Exception as exc:  # noqa: BLE001
        log.error("could not store policy %s for replay (%s); will retry when needed",
                  engine.policy_version, type(exc).__name__)
