"""Thinc ops for CPU inference: NumpyOps whose matrix products run through numpy's BLAS.

thinc's NumpyOps multiplies matrices with the blis wheels, whose generic kernels reach about a third
of what numpy's bundled OpenBLAS does on the same core (benchmarks/ner.py prints the pipeline's
speed; docs/benchmarks.md has the figures). Everything else is NumpyOps unchanged, so results match
to float32 rounding. The thread count is OpenBLAS's own (``OPENBLAS_NUM_THREADS``, or
``OMP_NUM_THREADS`` as Spark sets it per task).
"""

from __future__ import annotations

import numpy
from thinc.api import NumpyOps, registry

BLAS_OPS = "newsie_blas"


@registry.ops("NewsieBlasOps")
class BlasOps(NumpyOps):
    """NumpyOps with ``gemm`` by ``numpy.matmul`` (OpenBLAS in numpy's wheels)."""

    name = BLAS_OPS

    def gemm(self, x, y, *, out=None, trans1: bool = False, trans2: bool = False):
        if x.ndim != 2 or y.ndim != 2:
            raise ValueError(f"gemm needs 2-dimensional arrays, got {x.ndim} and {y.ndim} dimensions")
        if trans1:
            x = x.T
        if trans2:
            y = y.T
        if out is None:
            return numpy.matmul(x, y)
        numpy.matmul(x, y, out=out)
        return out


__all__ = ["BLAS_OPS", "BlasOps"]
