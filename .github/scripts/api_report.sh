#!/usr/bin/env bash
# The public-API report of a pull request, as Markdown on stdout (CI appends it to the job summary):
# `codegen diff` of each spec on the base branch against the pull request's, then the releases the
# records would get. Usage: .github/scripts/api_report.sh BASE_REF (e.g. origin/main), from the
# repository root. CODEGEN overrides the command (default .venv/bin/codegen).
set -euo pipefail

base="${1:?usage: api_report.sh BASE_REF}"
codegen() { ${CODEGEN:-.venv/bin/codegen} "$@"; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/specs"

echo "## Public API changes against \`$base\`"
names="$( { git ls-tree --name-only "$base" specs/ | xargs -r -n1 basename; ls specs; } | sort -u)"
for file in $names; do
  case "$file" in *.yaml | *.yml | *.json) ;; *) continue ;; esac
  echo
  echo "### ${file%.*}"
  echo
  if [ ! -f "specs/$file" ]; then
    echo "Spec removed: the package is no longer generated."
    continue
  fi
  if ! git cat-file -e "$base:specs/$file" 2>/dev/null; then
    echo "New spec: a new package."
    continue
  fi
  git show "$base:specs/$file" >"$work/specs/$file"
  echo '```'
  codegen diff "$work/specs/$file" "specs/$file" 2>&1 || echo "(codegen diff failed: exit $?)"
  echo '```'
done
echo
echo "### Releases the records would get (\`codegen release --dry-run\`)"
echo
echo '```'
codegen release --dry-run 2>&1 || echo "(codegen release --dry-run failed: exit $?)"
echo '```'
