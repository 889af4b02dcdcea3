"""Each generated client against a real HTTP server on loopback (see ``support``)."""

import pytest

pytest.register_assert_rewrite(f"{__name__}.support")
