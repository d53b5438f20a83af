"""newsie.ops.BlasOps: thinc's NumpyOps with numpy's BLAS for matrix products."""

import numpy
import pytest
from thinc.api import NumpyOps, get_ops

from newsie.ops import BLAS_OPS, BlasOps


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
def test_gemm_matches_numpy_ops(trans1, trans2):
    rng = numpy.random.default_rng(0)
    x = rng.standard_normal((5, 7) if not trans1 else (7, 5)).astype("f")
    y = rng.standard_normal((7, 3) if not trans2 else (3, 7)).astype("f")
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    numpy.testing.assert_allclose(BlasOps().gemm(x, y, trans1=trans1, trans2=trans2), expected, rtol=1e-5, atol=1e-5)
    out = numpy.zeros((5, 3), dtype="f")
    assert BlasOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    numpy.testing.assert_allclose(out, expected, rtol=1e-5, atol=1e-5)


def test_gemm_rejects_vectors():
    with pytest.raises(ValueError, match="2-dimensional"):
        BlasOps().gemm(numpy.zeros(3, dtype="f"), numpy.zeros((3, 2), dtype="f"))


def test_registered_by_name():
    assert isinstance(get_ops(BLAS_OPS), BlasOps)


def test_loaded_pipeline_models_use_blas_ops(nlp):
    for name in ("tok2vec", "newsie_relation_model"):
        assert {type(node.ops) for node in nlp.get_pipe(name).model.walk()} == {BlasOps}
