"""Where MLflow runs and registered models live (no MLflow import here: cheap to read).

* Tracking URI: ``CALLTRIAGE_MLFLOW_TRACKING_URI``, else ``MLFLOW_TRACKING_URI``, else a
  local SQLite file ``<repo>/mlflow.db`` (no server needed).
* Artifact root for experiments this project creates: ``CALLTRIAGE_MLFLOW_ARTIFACT_ROOT``,
  else ``<repo>/mlruns`` for the default store (``mlruns/`` beside any other SQLite file).
  With a tracking *server* (http/https) the server decides.
* Experiment: ``CALLTRIAGE_MLFLOW_EXPERIMENT`` (default ``calltriage``); promotions are
  recorded in ``<experiment>-promotions``.
* Registered model: ``CALLTRIAGE_REGISTERED_MODEL`` (default ``calltriage-triage``), aliases
  ``champion`` and ``challenger``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

# MLflow 3 sends usage telemetry to its vendor by default. This project never does: 911
# tooling talks only to the stores it is configured with. (Set before MLflow is imported;
# an explicit MLFLOW_DISABLE_TELEMETRY=false in the environment still wins.)
os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")
os.environ.setdefault("DO_NOT_TRACK", "true")

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DB = REPO / "mlflow.db"
DEFAULT_ARTIFACTS = REPO / "mlruns"
DEFAULT_EXPERIMENT = "calltriage"
DEFAULT_REGISTERED_MODEL = "calltriage-triage"
CHAMPION = "champion"
CHALLENGER = "challenger"

# Every CALLTRIAGE_* variable the training/registry side reads (serving should treat these
# as known, not as typos).
ENV_VARS = ("CALLTRIAGE_MLFLOW_TRACKING_URI", "CALLTRIAGE_MLFLOW_ARTIFACT_ROOT",
            "CALLTRIAGE_MLFLOW_EXPERIMENT", "CALLTRIAGE_REGISTERED_MODEL",
            "CALLTRIAGE_MODEL_CACHE", "CALLTRIAGE_PROMOTED_BY", "CALLTRIAGE_BEHAVIOUR_MODEL_DIR",
            "CALLTRIAGE_DATABASE_URL")


def _sqlite_path(uri: str) -> Path | None:
    if not uri.startswith("sqlite:///"):
        return None
    rest = uri[len("sqlite:///"):]
    return Path(rest) if rest and rest != ":memory:" else None


@dataclass(frozen=True)
class MlflowConfig:
    tracking_uri: str
    artifact_root: str | None
    experiment: str = DEFAULT_EXPERIMENT
    registered_model: str = DEFAULT_REGISTERED_MODEL

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> MlflowConfig:
        env = os.environ if environ is None else environ
        uri = (env.get("CALLTRIAGE_MLFLOW_TRACKING_URI") or env.get("MLFLOW_TRACKING_URI")
               or f"sqlite:///{DEFAULT_DB}")
        return cls.for_uri(
            uri,
            artifact_root=env.get("CALLTRIAGE_MLFLOW_ARTIFACT_ROOT") or None,
            experiment=env.get("CALLTRIAGE_MLFLOW_EXPERIMENT") or DEFAULT_EXPERIMENT,
            registered_model=env.get("CALLTRIAGE_REGISTERED_MODEL") or DEFAULT_REGISTERED_MODEL,
        )

    @classmethod
    def for_uri(cls, uri: str, *, artifact_root: str | None = None,
                experiment: str = DEFAULT_EXPERIMENT,
                registered_model: str = DEFAULT_REGISTERED_MODEL) -> MlflowConfig:
        if artifact_root is None:
            db = _sqlite_path(uri)
            if db is not None:
                folder = DEFAULT_ARTIFACTS if db == DEFAULT_DB else db.parent / "mlruns"
                artifact_root = folder.resolve().as_uri()
        elif "://" not in artifact_root:
            artifact_root = Path(artifact_root).resolve().as_uri()
        return cls(uri, artifact_root, experiment, registered_model)

    def with_experiment(self, experiment: str) -> MlflowConfig:
        return replace(self, experiment=experiment)

    @property
    def is_default_local(self) -> bool:
        return _sqlite_path(self.tracking_uri) == DEFAULT_DB

    def ui_command(self, port: int = 5000) -> str:
        """The command that shows these runs in the MLflow UI."""
        parts = ["MLFLOW_DISABLE_TELEMETRY=true", "mlflow", "ui", "--backend-store-uri",
                 self.tracking_uri]
        if self.artifact_root:
            parts += ["--default-artifact-root", self.artifact_root]
        parts += ["--workers", "1", "--host", "127.0.0.1", "--port", str(port)]
        return " ".join(parts)
