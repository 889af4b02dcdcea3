"""Stage 3, the IR: the frozen dataclasses a package is rendered from, and the builders that make them.

`nodes.py` holds the dataclasses (`Api`, `Operation`, `Method`, ...): every decision a template would
otherwise make is a field there. `package.py` is the stage's entry (`build_api`); `operations.py`
assembles one operation from `params.py`, `bodies.py`, `responses.py`, `paging.py` and `methods.py`
(signatures, return types, sync and async spellings); `resources.py` groups operations into resource
modules; `auth.py` reads the security schemes; `errors.py` the error-code tables; `webhooks.py` the
webhook events; `typed_dicts.py` the TypedDict params; `typemap.py` maps schemas to Python types;
`examples.py` makes the realistic calls READMEs show. (Named `ir`, not `build`: tools and ignore
patterns take `build/` for build output.)
"""
