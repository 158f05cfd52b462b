#!/usr/bin/env bash
# Builds assets/icc/FOGRA39L.icc, the CMYK output profile the print edition
# embeds by default, from the FOGRA39 characterisation data in Debian's
# icc-profiles-free (FOGRA39L.ti3, Zlib licence, (c) Kai-Uwe Behrmann),
# with ArgyllCMS: total ink limit 330 %, black limit 100 %, medium quality.
#
#   apt-get install argyll icc-profiles-free
#   assets/gen/fogra39/make-profile.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp /usr/share/color/icc/FOGRA39L.ti3 "$work/"
(cd "$work" && colprof -qm -kr -l330 -L100 \
  -D "Coated FOGRA39 (built by brochure from FOGRA39L.ti3)" \
  -C "Zlib licence; characterisation data (c) Kai-Uwe Behrmann, profile made with ArgyllCMS colprof" \
  FOGRA39L)
cp "$work/FOGRA39L.icc" assets/icc/FOGRA39L.icc
# The program embeds the profile zlib-compressed, as the PDF stores it.
python3 -c 'import sys, zlib; sys.stdout.buffer.write(zlib.compress(open(sys.argv[1], "rb").read(), 9))' \
  assets/icc/FOGRA39L.icc > assets/icc/FOGRA39L.icc.zlib
echo "wrote assets/icc/FOGRA39L.icc and FOGRA39L.icc.zlib"
