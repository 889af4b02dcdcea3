"""One module per top-level resource of the API."""
