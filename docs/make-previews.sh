#!/usr/bin/env bash
# Regenerates the README's preview images: from the built-in example
# docs/cover.png (page 1) and docs/page.png (page 3, the first content page),
# from the test event in cmd/brochure/testdata/second-event docs/event.png
# (page 3: two columns, a phone photo turned upright).
# Needs poppler-utils (pdftoppm).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run ./cmd/brochure build -q -edition screen -o "$tmp/example.pdf"
pdftoppm -r 50 -png -f 1 -l 1 -singlefile "$tmp/example.pdf" docs/cover
pdftoppm -r 50 -png -f 3 -l 3 -singlefile "$tmp/example.pdf" docs/page
go run ./cmd/brochure build -q -edition screen -o "$tmp/event.pdf" cmd/brochure/testdata/second-event/content.toml
pdftoppm -r 50 -png -f 3 -l 3 -singlefile "$tmp/event.pdf" docs/event
echo "wrote docs/cover.png, docs/page.png and docs/event.png"
