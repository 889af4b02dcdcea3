"""Our own rules, beyond openapi-spec-validator; each returns Problems with their JSON pointer.

`general.py` holds the rules every document must meet for a client to be generated correctly;
`curated.py` the stricter ones for the project's own specs (recognised by `info.x-client`). The
problems of malformed extensions come from `load/extensions.py`, which reads them.
"""
