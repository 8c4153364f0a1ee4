#!/usr/bin/env bash
# Build the StdSearch sample corpus: src/*.md -> HTML -> ODT (+ running header/footer) -> PDF
# (drafts, i.e. sources whose cover says 征求意见稿, -> DOCX only), then the bad inputs in bad/.
#
# apt dependencies (Debian 12):
#   apt-get install -y libreoffice-writer-nogui fonts-noto-cjk qpdf poppler-utils img2pdf
#   (soffice, Noto Serif/Sans CJK SC+TC fonts, qpdf, pdftotext/pdftoppm/pdfinfo, img2pdf)
# Python: python3 standard library only.
#
# Usage: ./build.sh            build everything (re-runnable; outputs are overwritten)
#        ./build.sh src/x.md   build one source only (no bad/ regeneration)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
WORK=$ROOT/.build                       # intermediates (HTML, ODT); not committed
PROFILE=file://$WORK/lo-profile         # private LibreOffice profile: no clash with a running office
mkdir -p "$WORK" pdf docx bad
SOFFICE=(soffice --headless --norestore "-env:UserInstallation=$PROFILE")

build_one() {
  local src=$1 base lang header
  base=$(basename "$src" .md)
  lang=$(python3 tools/md2html.py --lang "$src")
  header=$(python3 tools/md2html.py --header "$src")
  python3 tools/md2html.py "$src" "$WORK/$base.html" "$lang"
  rm -f "$WORK/$base.odt"
  "${SOFFICE[@]}" --infilter="HTML (StarWriter)" --convert-to odt --outdir "$WORK" "$WORK/$base.html" >/dev/null 2>&1
  mkdir -p "$WORK/furnished"
  python3 tools/add_furniture.py "$WORK/$base.odt" "$WORK/furnished/$base.odt" "$header" "$lang"
  if head -40 "$src" | grep -q '征求意见稿'; then
    "${SOFFICE[@]}" --convert-to 'docx:MS Word 2007 XML' --outdir docx "$WORK/furnished/$base.odt" >/dev/null 2>&1
    echo "built docx/$base.docx  (draft; header: $header)"
  else
    "${SOFFICE[@]}" --convert-to pdf --outdir pdf "$WORK/furnished/$base.odt" >/dev/null 2>&1
    echo "built pdf/$base.pdf  ($(pdfinfo "pdf/$base.pdf" | awk '/^Pages/{print $2}') pages; header: $header)"
  fi
}

verify_pdf() {   # the body title and every clause heading of the source must come out of pdftotext
  local pdf=$1 base
  base=$(basename "$pdf" .pdf)
  pdftotext -layout "$pdf" "$WORK/$base.txt"
  python3 tools/check_truth.py --pdftext "src/$base.md" "$WORK/$base.txt"
}

if [ $# -gt 0 ]; then
  for s in "$@"; do build_one "$s"; done
  exit 0
fi

for s in src/*.md; do build_one "$s"; done
for p in pdf/*.pdf; do verify_pdf "$p" || exit 1; done
python3 tools/check_truth.py --all

# ---------------------------------------------------------------- bad inputs
python3 tools/make_bad.py
qpdf --encrypt secret ownersecret 256 -- pdf/wbt-1999-2020.pdf bad/encrypted.pdf
qpdf --encrypt "" ownersecret 256 --print=none --modify=none --extract=n -- pdf/wbt-1999-2020.pdf bad/encrypted-owner-only.pdf
pdftoppm -f 3 -l 3 -r 150 -gray -png pdf/t-jseba-018-2022.pdf "$WORK/scan"
img2pdf "$WORK"/scan*.png -o bad/scanned.pdf --pagesize A4
rm -f "$WORK"/scan*.png
echo "bad inputs:"; ls -l bad
