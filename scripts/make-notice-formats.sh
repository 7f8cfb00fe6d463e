#!/bin/sh
# Regenerates the notice format fixtures (test/fixtures/formats/notices/) from their HTML sources:
#   <name>.docx, <name>.doc, <name>.lo.pdf   by LibreOffice headless (Writer's HTML import)
#   <name>.chrome.pdf                          by chromium-headless-shell --print-to-pdf (page numbers
#                                              － N － from an @page footer, like a printed 公文)
#   <name>.spaced.pdf                          the same printer with the red head and the signature
#                                              block letter-spaced (CSS letter-spacing), as many 公文 set them
# Tests read only the committed outputs; this script is run by hand when a source changes.
# Needs: libreoffice-writer-nogui, fonts-wqy-zenhei, chromium-headless-shell.
set -eu
dir=$(cd "$(dirname "$0")/../test/fixtures/formats/notices" && pwd)
src="$dir/src"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# LibreOffice: its own profile so it never meets a running instance
lo() { soffice -env:UserInstallation="file://$tmp/profile" --headless --infilter='HTML (StarWriter)' "$@" >/dev/null; }
for f in "$src"/*.html; do
  b=$(basename "$f" .html)
  lo --convert-to 'docx:MS Word 2007 XML' --outdir "$tmp" "$f"
  lo --convert-to 'doc:MS Word 97' --outdir "$tmp" "$f"
  lo --convert-to 'pdf:writer_pdf_Export' --outdir "$tmp" "$f"
  mv "$tmp/$b.docx" "$dir/$b.docx"; mv "$tmp/$b.doc" "$dir/$b.doc"; mv "$tmp/$b.pdf" "$dir/$b.lo.pdf"
  # Chromium: the same page with a centred page-number footer added
  sed 's#</style>#body { margin: 0 !important; } @page { size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm; @bottom-center { content: "－ " counter(page) " －"; font-size: 14pt; } }\n</style>#' "$f" >"$tmp/$b.html"
  chromium-headless-shell --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$dir/$b.chrome.pdf" "file://$tmp/$b.html" 2>/dev/null
  sed 's#</style>#body { margin: 0 !important; } .head { letter-spacing: 0.6em; } .sign { letter-spacing: 1.5em; } @page { size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm; }\n</style>#' "$f" >"$tmp/$b.spaced.html"
  chromium-headless-shell --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$dir/$b.spaced.pdf" "file://$tmp/$b.spaced.html" 2>/dev/null
done
echo "written to $dir"
