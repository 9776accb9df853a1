"""Evaluation plots as PNG files (matplotlib, headless Agg backend).

* ``confusion_matrix_png``: true category x predicted category, counts and row shares;
* ``pr_curves_png``: one precision-recall curve per category (one-vs-rest on the
  calibrated probabilities), average precision in the legend;
* ``reliability_png``: accuracy vs confidence of the top class in 10 bins, with the
  expected calibration error and the number of calls per bin.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from calltriage.labels import CATEGORIES  # noqa: E402


def _save(fig, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110, bbox_inches="tight")
    plt.close(fig)
    return path


def confusion_matrix_png(true: Sequence[str], pred: Sequence[str | None], path: Path,
                         title: str = "Confusion matrix") -> Path:
    cols = list(CATEGORIES) + (["none"] if any(p is None for p in pred) else [])
    m = np.zeros((len(CATEGORIES), len(cols)), dtype=int)
    for t, p in zip(true, pred, strict=True):
        m[CATEGORIES.index(t), cols.index(p if p is not None else "none")] += 1
    fig, ax = plt.subplots(figsize=(6.4, 5.2))
    share = m / np.maximum(m.sum(axis=1, keepdims=True), 1)
    ax.imshow(share, cmap="Blues", vmin=0, vmax=1)
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            ax.text(j, i, f"{m[i, j]}\n{share[i, j]:.0%}", ha="center", va="center",
                    color="white" if share[i, j] > 0.6 else "black", fontsize=9)
    ax.set_xticks(range(len(cols)), cols, rotation=30, ha="right")
    ax.set_yticks(range(len(CATEGORIES)), CATEGORIES)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    ax.set_title(title)
    return _save(fig, path)


def pr_curves_png(true: Sequence[str], probs: np.ndarray, path: Path,
                  title: str = "Precision-recall per category") -> tuple[Path, dict[str, float]]:
    from sklearn.metrics import average_precision_score, precision_recall_curve

    y = np.asarray(true)
    fig, ax = plt.subplots(figsize=(6.4, 5.2))
    aps: dict[str, float] = {}
    for k, c in enumerate(CATEGORIES):
        yk = (y == c).astype(int)
        if yk.sum() == 0:
            continue
        p, r, _ = precision_recall_curve(yk, probs[:, k])
        aps[c] = round(float(average_precision_score(yk, probs[:, k])), 4)
        ax.plot(r, p, label=f"{c} (AP {aps[c]:.3f}, n={int(yk.sum())})")
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_xlim(0, 1.01)
    ax.set_ylim(0, 1.01)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower left", fontsize=8)
    ax.set_title(title)
    return _save(fig, path), aps


def reliability_png(confidence: Sequence[float], correct: Sequence[bool], path: Path,
                    ece: float, bins: int = 10, title: str = "Reliability (top class)") -> Path:
    conf = np.asarray(confidence, dtype=float)
    ok = np.asarray(correct, dtype=float)
    edges = np.linspace(0, 1, bins + 1)
    centers, accs, confs, counts = [], [], [], []
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        mask = (conf > lo) & (conf <= hi) if lo > 0 else (conf >= lo) & (conf <= hi)
        counts.append(int(mask.sum()))
        centers.append((lo + hi) / 2)
        accs.append(ok[mask].mean() if mask.any() else np.nan)
        confs.append(conf[mask].mean() if mask.any() else np.nan)
    fig, (ax, axh) = plt.subplots(2, 1, figsize=(6.0, 6.4), sharex=True,
                                  gridspec_kw={"height_ratios": [3, 1]})
    ax.plot([0, 1], [0, 1], "--", color="grey", label="perfect calibration")
    ax.bar(centers, np.nan_to_num(accs), width=1 / bins * 0.9, alpha=0.7, label="accuracy")
    ax.plot(confs, accs, "o-", color="C3", label="mean confidence -> accuracy")
    ax.set_ylabel("accuracy")
    ax.set_ylim(0, 1.02)
    ax.legend(loc="upper left", fontsize=8)
    ax.set_title(f"{title}: ECE {ece:.3f}")
    axh.bar(centers, counts, width=1 / bins * 0.9, color="C7")
    axh.set_ylabel("calls")
    axh.set_xlabel("confidence of the predicted category")
    axh.set_xlim(0, 1)
    return _save(fig, path)
