#!/usr/bin/env bash
# Build the documentation site with warnings as errors (mkdocs --strict) into a
# temporary folder: broken links, missing nav pages, unresolved API references
# and docstrings mkdocstrings cannot read all fail the build.
#
# Usage: bash .ci/docs.sh   (with the docs extra installed: pip install '.[docs]')
# The examples in the pages are run by pytest (--doctest-glob=*.md), not here.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
py=${PYTHON:-python}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$root"
echo "== mkdocs build --strict"
"$py" -m mkdocs build --strict --config-file "$root/mkdocs.yml" --site-dir "$tmp/site" 2>&1 | tee "$tmp/log"
for page in quickstart concepts records schema cli api changelog guides/evaluate; do
  [ -f "$tmp/site/$page/index.html" ] || { echo "page $page missing from the site" >&2; exit 1; }
done
grep -q 'class="doc doc-object' "$tmp/site/api/index.html" \
  || { echo "API reference has no rendered objects" >&2; exit 1; }
echo "== docs built: $(find "$tmp/site" -name '*.html' | wc -l) HTML pages"
