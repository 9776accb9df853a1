"""Hashed text features computed from the shared pipeline's Doc.

The classifier sees the same tokens and NORMs as the rules (one tokenization per call):

* word unigrams: the token's NORM hash, which spaCy already computed (stable murmurhash);
* word bigrams of adjacent NORMs;
* character 3-5 grams of each NORM (robust to typos and CAD spelling), cached per word;
* the CAD call type, when given, as separately salted unigrams.

Features are binary and L2-normalized. Hashing keeps memory bounded and needs no
vocabulary: a word never seen in training simply lands in a bucket with little weight.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from spacy.strings import hash_string
from spacy.tokens import Doc

from calltriage.text import get_nlp, token_rows

_BIGRAM_MUL = 0x9E3779B97F4A7C15
_CALLTYPE_SALT = 0x5BD1E9955BD1E995
_NUM = hash_string("<num>")
_QMARK = hash_string("?")
_MASK64 = (1 << 64) - 1
_CACHE_LIMIT = 20_000  # words; bounded so a long-running service stays flat

# Changes whenever the feature definition changes; a saved model records it and refuses
# to load under a different one.
FEATURES_VERSION = "features-2"


class HashedFeaturizer(BaseEstimator, TransformerMixin):
    """scikit-learn transformer: texts (or (narrative, call_type) pairs) -> sparse rows.

    Stateless apart from a bounded per-word cache, so ``fit`` learns nothing and the same
    object gives identical features at training and at serving time.
    """

    def __init__(self, n_features: int = 2**18, char_ngrams: tuple[int, int] | None = None,
                 prefix: int = 0):
        self.n_features = n_features
        self.char_ngrams = char_ngrams
        self.prefix = prefix

    # scikit-learn API -------------------------------------------------------------
    def fit(self, X, y=None):  # noqa: N803 - sklearn naming
        return self

    def transform(self, X) -> sparse.csr_matrix:  # noqa: N803
        nlp = get_nlp()
        rows = []
        for item in X:
            narrative, call_type = _split_item(item)
            doc = nlp.make_doc(narrative)
            ct_doc = nlp.make_doc(call_type) if call_type else None
            rows.append(self.indices(doc, ct_doc))
        return self._to_csr(rows)

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("_cache", None)  # caches are rebuilt, never pickled
        return state

    # fast path ----------------------------------------------------------------------
    def indices(self, doc: Doc, call_type_doc: Doc | None = None,
                call_type_norms: Sequence[int] | None = None,
                rows: list[list[int]] | None = None) -> np.ndarray:
        """Sorted unique feature indices for one document.

        ``call_type_norms`` (from ``call_type_hashes``) may stand in for
        ``call_type_doc``; ``rows`` (``text.token_rows(doc)``) saves reading the Doc
        again when the caller already has them. Reads token attributes once through ``Doc.to_array`` (no
        per-token Python objects): unigrams are the NORM hashes spaCy already computed, bigrams combine
        adjacent kept NORM hashes, sub-word features come from a bounded per-word cache.
        (Measured: faster than a numpy-vectorized version on call-length texts.)
        """
        n = self.n_features
        out: set[int] = set()
        cache = self._word_cache()
        strings = doc.vocab.strings
        prev = None  # the previous kept word's bigram multiplier
        for norm, punct, space, num, orth in (token_rows(doc) if rows is None else rows):
            if space or (punct and orth != _QMARK):
                prev = None
                continue
            h = _NUM if num else norm
            # per word: (its bigram multiplier, its unigram + sub-word feature indices)
            entry = cache.get(h)
            if entry is None:
                grams = self._char_grams("<num>" if h == _NUM else strings[h])
                entry = ((h * _BIGRAM_MUL) & _MASK64, (h % n, *grams))
                if len(cache) >= _CACHE_LIMIT:
                    cache.clear()
                cache[h] = entry
            out.update(entry[1])
            if prev is not None:
                out.add((prev ^ h) % n)
            prev = entry[0]
        if call_type_norms is None and call_type_doc is not None:
            call_type_norms = call_type_hashes(call_type_doc)
        if call_type_norms:
            out.update(self.call_type_indices(call_type_norms))
        return np.fromiter(sorted(out), dtype=np.int32, count=len(out))

    def call_type_indices(self, call_type_norms: Sequence[int]) -> set[int]:
        """Feature indices of a call type's words (salted, so "ASSAULT" as a call type
        is a different feature from "assault" in the narrative)."""
        n = self.n_features
        return {(norm ^ _CALLTYPE_SALT) % n for norm in call_type_norms}

    def _word_cache(self) -> dict[int, tuple[int, tuple[int, ...]]]:
        cache = self.__dict__.get("_cache")
        if cache is None:
            cache = self.__dict__["_cache"] = {}
        return cache

    def _char_grams(self, word: str) -> tuple[int, ...]:
        """Sub-word features of one word: optional character n-grams and a prefix."""
        n = self.n_features
        grams = set()
        if self.char_ngrams:
            lo, hi = self.char_ngrams
            w = f"<{word}>"
            for size in range(lo, hi + 1):
                for i in range(0, max(0, len(w) - size) + 1):
                    grams.add(hash_string("#" + w[i : i + size]) % n)
        if self.prefix and len(word) > self.prefix:
            grams.add(hash_string("^" + word[: self.prefix]) % n)
        return tuple(grams)

    def _to_csr(self, rows: Sequence[np.ndarray]) -> sparse.csr_matrix:
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        for i, r in enumerate(rows):
            indptr[i + 1] = indptr[i] + len(r)
        indices = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int32)
        data = np.concatenate(
            [np.full(len(r), 1.0 / math.sqrt(len(r)) if len(r) else 0.0) for r in rows]
        ) if rows else np.zeros(0)
        return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), self.n_features))


def call_type_hashes(call_type_doc: Doc) -> tuple[int, ...]:
    """The NORM hashes of a call type's words: what the classifier reads of it. Plain
    ints, independent of any model, so they can be cached per call-type string."""
    return tuple(norm for norm, punct, space, _num, _orth
                 in token_rows(call_type_doc) if not (space or punct))


def _split_item(item) -> tuple[str, str | None]:
    if isinstance(item, str):
        return item, None
    if isinstance(item, dict):
        return item.get("narrative") or "", item.get("call_type")
    narrative, call_type = item
    return narrative or "", call_type


def as_items(records: Iterable[dict]) -> list[tuple[str, str | None]]:
    """(narrative, call_type) pairs, the classifier's input, from spec records."""
    return [(r.get("narrative") or "", r.get("call_type")) for r in records]
