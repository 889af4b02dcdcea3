"""Tests over the external corpus: collected only when it is present (see `corpus_location`)."""
