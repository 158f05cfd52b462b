#!/usr/bin/env bash
# Regenerates the README's pictures with brochure's own page renderer
# (build -format png): from the built-in example docs/cover.png (page 1)
# and docs/page.png (page 3, the first content page), from the test event
# in cmd/brochure/testdata/second-event docs/event.png (page 3: two
# columns, a phone photo turned upright); and docs/preview.png, a
# screenshot of the live preview (brochure serve) that the browser test
# takes in headless Chromium (apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run ./cmd/brochure build -q -edition screen -format png -dpi 50 -pages 1,3 -o "$tmp/example.png"
go run ./cmd/brochure build -q -edition screen -format png -dpi 50 -pages 3 -o "$tmp/event.png" \
  cmd/brochure/testdata/second-event/content.toml
mv "$tmp/example-1.png" docs/cover.png
mv "$tmp/example-3.png" docs/page.png
mv "$tmp/event-3.png" docs/event.png
PREVIEW_SCREENSHOT="$PWD/docs/preview.png" go test -count=1 -run '^TestPreviewInBrowser$' ./cmd/brochure >/dev/null
echo "wrote docs/cover.png, docs/page.png, docs/event.png and docs/preview.png"
