"""Stage 3, build the IR: one module per concern, each handing typed values to the next.

`package.py` is the stage's entry (`build_api`); `operations.py` assembles one operation from
`params.py`, `bodies.py`, `responses.py`, `paging.py` and `methods.py` (signatures, return types,
sync and async spellings); `resources.py` groups operations into resource modules; `auth.py` picks
how the API key is sent; `examples.py` makes the realistic calls READMEs show.
"""
