#!/usr/bin/env bash
# The packages to publish: each release record whose tag `<dist-name>-v<version>` does not exist yet
# (a tag is pushed once the version is on the index). Prints the records' tab-separated lines
# (name, dist-name, version, tag). From the repository root, with the tags fetched.
# CODEGEN overrides the command (default .venv/bin/codegen).
set -euo pipefail

codegen() { ${CODEGEN:-.venv/bin/codegen} "$@"; }
codegen release --list | while IFS=$'\t' read -r name dist version tag; do
  if ! git rev-parse -q --verify "refs/tags/$tag" >/dev/null; then
    printf '%s\t%s\t%s\t%s\n' "$name" "$dist" "$version" "$tag"
  fi
done
