"""Tiny template language used by the synthetic-narrative generator.

Syntax
  [a|b|c]   choose one alternative (alternatives may be empty: "[ now|]")
  {slot}    fill from the record context (person, pronouns) or from a vocabulary list
Alternatives nest: "[sitting [on|near] the bench|laying down]".
Vocabulary entries are themselves templates.  Standard library only.
"""

from __future__ import annotations

import re


class Slot:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return "{%s}" % self.name


_CACHE: dict[str, list] = {}


def _parse(s: str, i: int, top: bool):
    seqs: list[list] = []
    cur: list = []
    buf: list[str] = []
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == "[":
            if buf:
                cur.append("".join(buf))
                buf = []
            alts, i = _parse(s, i + 1, False)
            cur.append(alts)
            continue
        if ch == "{":
            j = s.index("}", i)
            if buf:
                cur.append("".join(buf))
                buf = []
            cur.append(Slot(s[i + 1 : j]))
            i = j + 1
            continue
        if not top and ch == "|":
            if buf:
                cur.append("".join(buf))
                buf = []
            seqs.append(cur)
            cur = []
            i += 1
            continue
        if not top and ch == "]":
            if buf:
                cur.append("".join(buf))
            seqs.append(cur)
            return tuple(seqs), i + 1
        buf.append(ch)
        i += 1
    if not top:
        raise ValueError("unclosed '[' in template: %r" % s)
    if buf:
        cur.append("".join(buf))
    return cur, i


def compile_tpl(s: str) -> list:
    c = _CACHE.get(s)
    if c is None:
        c, _ = _parse(s, 0, True)
        _CACHE[s] = c
    return c


def leaves(s: str) -> list[str]:
    """All literal text pieces of a template (for fragment counting)."""
    out: list[str] = []

    def walk(nodes):
        for n in nodes:
            if type(n) is str:
                out.append(n)
            elif type(n) is tuple:
                for seq in n:
                    walk(seq)

    walk(compile_tpl(s))
    return out


def alternatives(s: str) -> list[str]:
    """Every bracketed alternative as literal text (slots kept as {name})."""
    out: list[str] = []

    def flat(nodes):
        parts = []
        for n in nodes:
            if type(n) is str:
                parts.append(n)
            elif type(n) is tuple:
                parts.append("[" + "|".join(flat(q) for q in n) + "]")
            else:
                parts.append("{%s}" % n.name)
        return "".join(parts)

    def walk(nodes):
        for n in nodes:
            if type(n) is tuple:
                for seq in n:
                    out.append(flat(seq))
                    walk(seq)

    walk(compile_tpl(s))
    return out


_WS = re.compile(r"[ \t]{2,}")
_SPACE_PUNCT = re.compile(r" +([,.;:!?)])")
_DUP_PUNCT = re.compile(r"([,;])\s*([,.;])")
_OPEN_SPACE = re.compile(r"\( +")


def tidy(text: str) -> str:
    text = _WS.sub(" ", text)
    text = _SPACE_PUNCT.sub(r"\1", text)
    text = _DUP_PUNCT.sub(r"\2", text)
    text = _OPEN_SPACE.sub("(", text)
    text = text.replace("..", ".").replace(",.", ".").replace(" ,", ",")
    return text.strip(" ,;")


class Renderer:
    """Renders templates against a per-record context.

    fixed:  slot name -> already decided string (pronouns, subject...)
    local:  slot name -> list of templates (scenario-specific vocab)
    vocab:  global slot name -> list of templates or callable(rng)
    sticky: slot names whose first draw is reused for the rest of the record
    """

    def __init__(self, rng, vocab, fixed=None, local=None, sticky=()):
        self.rng = rng
        self.vocab = vocab
        self.fixed = dict(fixed or {})
        self.local = local or {}
        self.sticky = sticky

    def _fill(self, name: str) -> str:
        v = self.fixed.get(name)
        if v is not None:
            return v
        src = self.local.get(name)
        if src is None:
            src = self.vocab.get(name)
            if src is None:
                src = self.vocab[name]  # may synthesize (numbers) or raise KeyError
        if callable(src):
            v = src(self.rng)
        else:
            v = self.render(src[int(self.rng.random() * len(src))])
        if name in self.sticky:
            self.fixed[name] = v
        return v

    def _walk(self, nodes, out):
        rnd = self.rng.random
        for n in nodes:
            t = type(n)
            if t is str:
                out.append(n)
            elif t is tuple:
                self._walk(n[int(rnd() * len(n))], out)
            else:
                out.append(self._fill(n.name))

    def render(self, s: str) -> str:
        out: list[str] = []
        self._walk(compile_tpl(s), out)
        return "".join(out)

    def pick(self, lst):
        return self.render(lst[int(self.rng.random() * len(lst))])
