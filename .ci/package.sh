#!/usr/bin/env bash
# Release check: build the sdist and wheel, check their metadata with twine, look
# inside the wheel for the data files and py.typed, then install the wheel into a
# SECOND, fresh virtual environment (no access to the source tree) and run the
# command line there.
#
# Usage: bash .ci/package.sh   (with a Python that has `build` and `twine`, e.g.
#        the dev venv: `pip install '.[dev]'`; PYTHON=... picks another)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
py=${PYTHON:-python}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== build sdist and wheel"
# The wheel is built from the sdist, so a file missing from the sdist shows up here.
"$py" -m build --outdir "$tmp/dist" "$root" > "$tmp/build.log" 2>&1 || {
  cat "$tmp/build.log" >&2
  exit 1
}
sdist=$(ls "$tmp"/dist/diplotext-*.tar.gz)
wheel=$(ls "$tmp"/dist/diplotext-*.whl)
echo "   $(basename "$sdist")"
echo "   $(basename "$wheel")"

echo "== twine check"
"$py" -m twine check --strict "$sdist" "$wheel"

echo "== contents of the wheel and sdist"
"$py" - "$root" "$wheel" "$sdist" <<'PY'
import sys
import tarfile
import zipfile
from pathlib import Path

root, wheel, sdist = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
names = set(zipfile.ZipFile(wheel).namelist())
data = sorted(p.name for p in (root / "src" / "diplotext" / "data").iterdir() if p.is_file())
need = ["diplotext/py.typed", "diplotext/data/article.schema.json"]
need += [f"diplotext/data/{name}" for name in data]
missing = [n for n in need if n not in names]
if missing:
    sys.exit("wheel lacks: " + ", ".join(missing))
leaked = sorted(n for n in names if n.startswith(("tests/", "docs/", "examples/", "bench/")))
if leaked:
    sys.exit("wheel holds files that are not the package: " + ", ".join(leaked[:5]))
members = {m.split("/", 1)[1] for m in tarfile.open(sdist).getnames() if "/" in m}
for must in ("pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md",
             "src/diplotext/py.typed", "src/diplotext/data/article.schema.json"):
    if must not in members:
        sys.exit(f"sdist lacks {must}")
print(f"   wheel: py.typed and {len(data)} data files; sdist: {len(members)} files")
PY

echo "== install the wheel into a fresh virtual environment"
"$py" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --quiet "$wheel"

# Run from an empty folder so that nothing can be imported from the source tree.
mkdir "$tmp/run"
cd "$tmp/run"
cp "$root/examples/articles/bilateral.txt" article.txt
version=$("$tmp/venv/bin/python" -c "import diplotext; print(diplotext.__version__)")
where=$("$tmp/venv/bin/python" -c "import diplotext; print(diplotext.__file__)")
case "$where" in
  "$tmp/venv/"*) ;;
  *) echo "diplotext imported from $where, not from the fresh venv" >&2; exit 1 ;;
esac

echo "== diplotext --version"
got=$("$tmp/venv/bin/diplotext" --version)
echo "   $got"
[ "$got" = "diplotext $version" ] || { echo "expected 'diplotext $version'" >&2; exit 1; }

echo "== diplotext parse (installed wheel)"
"$tmp/venv/bin/diplotext" parse article.txt > article.json
"$tmp/venv/bin/diplotext" parse article.txt --format text
"$tmp/venv/bin/diplotext" schema > schema.json
"$tmp/venv/bin/python" - <<'PY'
import json

article = json.load(open("article.json", encoding="utf-8"))
schema = json.load(open("schema.json", encoding="utf-8"))
assert list(article) == schema["required"], list(article)
text = open("article.txt", encoding="utf-8").read()
spans = [m for c in article["countries"] for m in c["mentions"]] + article["dates"]
assert all(text[m["start"]:m["end"]] == m["text"] for m in spans)
print("   article JSON has the schema's keys; offsets index the text")
PY
echo "== package check passed"
