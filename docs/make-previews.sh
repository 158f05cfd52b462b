#!/usr/bin/env bash
# Regenerates the README's preview images from the built-in example:
# docs/cover.png (page 1) and docs/page.png (page 3, the first content page).
# Needs poppler-utils (pdftoppm).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run ./cmd/brochure build -q -edition screen -o "$tmp/example.pdf"
pdftoppm -r 50 -png -f 1 -l 1 -singlefile "$tmp/example.pdf" docs/cover
pdftoppm -r 50 -png -f 3 -l 3 -singlefile "$tmp/example.pdf" docs/page
echo "wrote docs/cover.png and docs/page.png"
