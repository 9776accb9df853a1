"""The category classifier and its artifact I/O.

``TriageClassifier`` wraps a scikit-learn ``Pipeline`` (``HashedFeaturizer`` -> a
logistic-loss ``SGDClassifier`` with balanced class weights) plus a softmax temperature
fitted on out-of-fold scores, so probabilities are calibrated. (Model selection on the
dev set: word features beat character n-grams for generalization, and SGD matched
LBFGS logistic regression at a fifth of the training time.) The featurizer (all preprocessing)
lives inside the pickled pipeline: training and serving cannot differ.

Serving never goes through the generic sklearn predict path for one call: ``proba_doc``
takes the Doc the rules already tokenized and computes one sparse dot product.

Artifacts: ``model.joblib`` and ``metadata.json`` in one folder. Loading checks the
sha256 recorded in the metadata *before* unpickling (a corrupt or swapped file is
refused) and refuses a library-version or text-pipeline mismatch with a clear message.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import platform
import subprocess
from dataclasses import dataclass
from pathlib import Path

import joblib
import numpy as np
import scipy
import sklearn
import spacy
from sklearn.linear_model import SGDClassifier
from sklearn.pipeline import Pipeline
from spacy.tokens import Doc

from calltriage.features import FEATURES_VERSION, HashedFeaturizer, call_type_hashes
from calltriage.labels import CATEGORIES
from calltriage.text import TEXT_VERSION

MODEL_FILE = "model.joblib"
METADATA_FILE = "metadata.json"


class ModelLoadError(RuntimeError):
    """The model artifact is missing, corrupt or built for other library versions."""


def library_versions() -> dict[str, str]:
    return {
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "spacy": spacy.__version__,
        "joblib": joblib.__version__,
    }


# Versions that must match exactly for a pickled pipeline to be trusted, and those whose
# major.minor must match.
_EXACT = ("scikit-learn",)
_MINOR = ("numpy", "scipy", "spacy", "joblib")


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


class TriageClassifier:
    """Category classifier over the shared text pipeline."""

    def __init__(self, n_features: int = 2**18, alpha: float = 3e-6, epochs: int = 15,
                 prefix: int = 5, seed: int = 0):
        self.pipeline = Pipeline([
            ("features", HashedFeaturizer(n_features=n_features, prefix=prefix)),
            ("clf", SGDClassifier(loss="log_loss", alpha=alpha, class_weight="balanced",
                                  max_iter=epochs, tol=None, random_state=seed)),
        ])
        self.classes_: tuple[str, ...] = CATEGORIES
        self.temperature = 1.0
        # Second head on the same features: P(any disqualifier). A safety net only: it can
        # stop an automatic community-responder recommendation, never fire a disqualifier.
        self.risk: SGDClassifier | None = None
        # Frequent whitespace-delimited chunks of the training text, used to warm spaCy's
        # tokenizer cache at start-up (see Engine.warm).
        self.warm_chunks: tuple[str, ...] = ()
        self._fast: tuple[np.ndarray, np.ndarray] | None = None

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["_fast"] = None  # derived from the weights; rebuilt on first use
        state.pop("_joint", None)
        return state

    def remember_chunks(self, texts, limit: int = 20_000) -> None:
        counts: dict[str, int] = {}
        for t in texts:
            for chunk in t.split():
                counts[chunk] = counts.get(chunk, 0) + 1
        self.warm_chunks = tuple(sorted(counts, key=counts.__getitem__, reverse=True)[:limit])

    # training -------------------------------------------------------------------------
    def fit(self, X, y, sample_weight=None) -> TriageClassifier:  # noqa: N803
        self.pipeline.fit(X, y, clf__sample_weight=sample_weight)
        clf = self.pipeline.named_steps["clf"]
        if tuple(clf.classes_) != tuple(sorted(CATEGORIES)):
            raise ValueError(f"training labels {list(clf.classes_)} != {sorted(CATEGORIES)}")
        self._fast = None
        return self

    def fit_features(self, X, y, sample_weight=None) -> TriageClassifier:  # noqa: N803
        """Fit the classifier step on already-featurized rows. The featurizer is stateless,
        so this equals ``fit`` on the texts and lets training featurize only once."""
        clf = self.pipeline.named_steps["clf"]
        clf.fit(X, y, sample_weight=sample_weight)
        if tuple(clf.classes_) != tuple(sorted(CATEGORIES)):
            raise ValueError(f"training labels {list(clf.classes_)} != {sorted(CATEGORIES)}")
        self._fast = None
        return self

    def fit_risk(self, X, has_disqualifier, sample_weight=None) -> TriageClassifier:  # noqa: N803
        """Fit the possible-disqualifier head on already-featurized rows."""
        clf = self.pipeline.named_steps["clf"]
        self.risk = SGDClassifier(loss="log_loss", alpha=clf.alpha, class_weight="balanced",
                                  max_iter=clf.max_iter, tol=None,
                                  random_state=clf.random_state)
        self.risk.fit(X, np.asarray(has_disqualifier, dtype=bool), sample_weight=sample_weight)
        self._fast = None
        return self

    def fit_temperature(self, scores: np.ndarray, y_idx: np.ndarray) -> float:
        """Fit the softmax temperature on held-out decision scores (minimum log loss)."""
        best_t, best_nll = 1.0, np.inf
        for t in np.exp(np.linspace(np.log(0.2), np.log(5.0), 161)):
            p = _softmax(scores / t)
            nll = -np.mean(np.log(p[np.arange(len(y_idx)), y_idx] + 1e-12))
            if nll < best_nll:
                best_t, best_nll = float(t), nll
        self.temperature = best_t
        return best_t

    # inference ------------------------------------------------------------------------
    @property
    def _sorted_classes(self) -> list[str]:
        return list(self.pipeline.named_steps["clf"].classes_)

    def decision_function(self, X) -> np.ndarray:  # noqa: N803
        return self.pipeline.decision_function(X)

    def predict_proba(self, X) -> np.ndarray:  # noqa: N803
        """Probabilities in the order of ``self.classes_`` (the spec's order)."""
        p = _softmax(self.decision_function(X) / self.temperature)
        order = [self._sorted_classes.index(c) for c in self.classes_]
        return p[:, order]

    def _fast_params(self) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, float]:
        """(class weights transposed [n_features x 4], intercepts, risk weights or None,
        risk intercept), in the spec's class order."""
        if self._fast is None:
            clf = self.pipeline.named_steps["clf"]
            order = [self._sorted_classes.index(c) for c in self.classes_]
            w_t = np.ascontiguousarray(clf.coef_[order].T, dtype=np.float64)
            b = np.asarray(clf.intercept_[order], dtype=np.float64)
            risk = getattr(self, "risk", None)
            if risk is not None:
                sign = 1.0 if bool(risk.classes_[1]) else -1.0
                r_w = np.ascontiguousarray(risk.coef_[0] * sign, dtype=np.float64)
                r_b = float(risk.intercept_[0] * sign)
            else:
                r_w, r_b = None, 0.0
            self._fast = (w_t, b, r_w, r_b)
        return self._fast

    @property
    def featurizer(self) -> HashedFeaturizer:
        return self.pipeline.named_steps["features"]

    def scores_doc(self, doc: Doc, call_type_doc: Doc | None = None,
                   call_type_norms: tuple[int, ...] | None = None,
                   rows: list[list[int]] | None = None
                   ) -> tuple[np.ndarray, float | None]:
        """(category probabilities, P(any disqualifier) or None) for one tokenized call:
        one featurization, two sparse dot products (the serving hot path).
        ``call_type_norms`` (``features.call_type_hashes``) may stand in for the call
        type's Doc; ``rows`` (``text.token_rows(doc)``) for reading the Doc again."""
        idx = self.featurizer.indices(doc, call_type_doc, call_type_norms, rows)
        w_all, b, has_risk, r_b = self._joint_params()
        t = self.temperature
        if len(idx):
            scale = 1.0 / math.sqrt(len(idx))
            sums = w_all[idx].sum(axis=0).tolist()  # one gather for classes and risk
        else:
            scale, sums = 0.0, [0.0] * w_all.shape[1]
        # A 4-way softmax and a logistic on Python floats: cheaper than numpy calls at
        # this size, and the same arithmetic as _softmax.
        z = [(sums[k] * scale + b[k]) / t for k in range(len(b))]
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        proba = np.array([v / total for v in e])
        risk = None
        if has_risk:
            r = sums[-1] * scale + r_b
            risk = 1.0 / (1.0 + math.exp(-r)) if r > -700 else 0.0
        return proba, risk

    def _joint_params(self) -> tuple[np.ndarray, list[float], bool, float]:
        """Class and risk weights side by side ([n_features x 5], or x 4 without a risk
        head), so one gather serves both heads."""
        joint = self.__dict__.get("_joint")
        if joint is None or joint[4] is not self._fast:
            w_t, b, r_w, r_b = self._fast_params()
            w_all = (np.ascontiguousarray(np.hstack([w_t, r_w[:, None]]))
                     if r_w is not None else w_t)
            joint = (w_all, b.tolist(), r_w is not None, r_b, self._fast)
            self.__dict__["_joint"] = joint
        return joint[:4]

    def proba_doc(self, doc: Doc, call_type_doc: Doc | None = None) -> np.ndarray:
        """Category probabilities for one already-tokenized narrative."""
        return self.scores_doc(doc, call_type_doc)[0]

    def explain_doc(self, doc: Doc, category: str, top: int = 8,
                    call_type_doc: Doc | None = None) -> dict[str, list]:
        """Words that pushed toward and against ``category``, from the model's own weights
        (unigram + character n-gram contributions summed per token). With
        ``call_type_doc``, the CAD call type the model also read is one more term,
        "call type: ...", scaled like the decision it explains."""
        w_t = self._fast_params()[0]
        k = self.classes_.index(category)
        fz = self.featurizer
        ct_norms = call_type_hashes(call_type_doc) if call_type_doc is not None else None
        idx = fz.indices(doc, None, ct_norms)
        scale = 1.0 / np.sqrt(len(idx)) if len(idx) else 0.0

        def toward_k(features) -> float:
            # contribution toward k relative to the mean of the other classes
            row = w_t[np.fromiter(features, dtype=np.int64, count=len(features))]
            return float((row[:, k] - np.delete(row, k, axis=1).mean(axis=1)).sum() * scale)

        contrib: dict[str, float] = {}
        for tok in doc:
            if tok.is_space or (tok.is_punct and tok.text != "?"):
                continue
            single = fz.indices(doc[tok.i : tok.i + 1].as_doc())
            contrib[tok.text] = contrib.get(tok.text, 0.0) + toward_k(single)
        if ct_norms:
            contrib[f"call type: {call_type_doc.text}"] = toward_k(
                sorted(fz.call_type_indices(ct_norms)))
        ranked = sorted(contrib.items(), key=lambda kv: kv[1])
        return {
            "toward": [(w, round(v, 4)) for w, v in reversed(ranked[-top:]) if v > 0],
            "against": [(w, round(v, 4)) for w, v in ranked[:top] if v < 0],
        }


# ---------------------------------------------------------------------------------------
# artifact I/O


@dataclass(frozen=True)
class LoadedModel:
    classifier: TriageClassifier
    metadata: dict
    path: Path

    @property
    def version(self) -> str:
        return self.metadata["model_version"]


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in 1 MiB blocks."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def git_commit(cwd: Path | None = None) -> str | None:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=cwd, capture_output=True, text=True, timeout=5
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    return out.stdout.strip() or None


def save_model(classifier: TriageClassifier, folder: Path, *, name: str, data_hash: str,
               metrics: dict, extra: dict | None = None) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    model_path = folder / MODEL_FILE
    tmp = model_path.with_suffix(".tmp")
    joblib.dump(classifier, tmp, compress=("zlib", 3))
    sha = sha256_file(tmp)
    created = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    from calltriage.rules import RULES_VERSION

    metadata = {
        "model_version": f"{name}-{created:%Y%m%d%H%M%S}-{sha[:8]}",
        "name": name,
        "created": created.isoformat(),
        "sha256": sha,
        "model_file": MODEL_FILE,
        "labels": list(CATEGORIES),
        "text_version": TEXT_VERSION,
        "features_version": FEATURES_VERSION,
        "rules_version_at_training": RULES_VERSION,
        "data_hash": data_hash,
        "library_versions": library_versions(),
        "git_commit": git_commit(Path(__file__).resolve().parent),
        "temperature": classifier.temperature,
        "n_features": classifier.featurizer.n_features,
        "metrics": metrics,
        **(extra or {}),
    }
    tmp.replace(model_path)
    meta_tmp = folder / (METADATA_FILE + ".tmp")
    meta_tmp.write_text(json.dumps(metadata, indent=2, sort_keys=True) + "\n")
    meta_tmp.replace(folder / METADATA_FILE)
    return metadata


def check_compatible(metadata: dict) -> None:
    """Raise ModelLoadError when the artifact was built for other library versions."""
    have = library_versions()
    want = metadata.get("library_versions") or {}
    problems = []
    for lib in _EXACT:
        if want.get(lib) != have[lib]:
            problems.append(f"{lib} {want.get(lib)} (artifact) != {have[lib]} (installed)")
    for lib in _MINOR:
        a = (want.get(lib) or "").split(".")[:2]
        b = have[lib].split(".")[:2]
        if a != b:
            problems.append(f"{lib} {want.get(lib)} (artifact) != {have[lib]} (installed)")
    if metadata.get("text_version") != TEXT_VERSION:
        problems.append(
            f"text pipeline {metadata.get('text_version')} (artifact) != {TEXT_VERSION} (code)"
        )
    if metadata.get("features_version") != FEATURES_VERSION:
        problems.append(f"features {metadata.get('features_version')} (artifact) != "
                        f"{FEATURES_VERSION} (code)")
    if metadata.get("labels") != list(CATEGORIES):
        problems.append(f"labels {metadata.get('labels')} != {list(CATEGORIES)}")
    if problems:
        raise ModelLoadError(
            "model artifact does not match this installation: " + "; ".join(problems)
            + ". Retrain with `calltriage train` or install the pinned versions "
            "(pip install -c constraints.txt -e .)."
        )


def load_model(folder: Path) -> LoadedModel:
    folder = Path(folder)
    meta_path = folder / METADATA_FILE
    model_path = folder / MODEL_FILE
    if not meta_path.is_file() or not model_path.is_file():
        raise ModelLoadError(f"no model artifact in {folder} (need {MODEL_FILE} and {METADATA_FILE})")
    try:
        metadata = json.loads(meta_path.read_text())
    except (OSError, ValueError) as exc:
        raise ModelLoadError(f"unreadable {METADATA_FILE} in {folder}: {type(exc).__name__}") from None
    check_compatible(metadata)
    sha = sha256_file(model_path)
    if sha != metadata.get("sha256"):
        raise ModelLoadError(
            f"{model_path} sha256 {sha[:12]}... does not match metadata "
            f"{str(metadata.get('sha256'))[:12]}...: refusing to load a corrupt or swapped file"
        )
    try:
        classifier = joblib.load(model_path)
    except Exception as exc:  # noqa: BLE001 - any unpickling failure is a load failure
        raise ModelLoadError(f"cannot unpickle {model_path}: {type(exc).__name__}") from None
    if not isinstance(classifier, TriageClassifier):
        raise ModelLoadError(f"{model_path} does not hold a TriageClassifier")
    classifier._fast = None
    return LoadedModel(classifier, metadata, folder)
