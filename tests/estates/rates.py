"""Precision, recall and F2 of a score that counts true and false positives and false
negatives: one definition for the benchmarks and the estates' scores."""

from __future__ import annotations


class Rates:
    """Mixed into a score dataclass with `tp`, `fp` and `fn` fields; a ratio with nothing
    to count is 1.0 (nothing claimed wrongly, nothing missed)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f2(self) -> float:
        p, r = self.precision, self.recall
        return 5 * p * r / (4 * p + r) if p + r else 0.0
