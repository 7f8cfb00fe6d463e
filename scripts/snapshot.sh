#!/bin/sh
# Writes the output snapshot that an engine refactor must leave unchanged:
#   the Document JSON (and text summary) of every sample and eval document, every format;
#   every archive row after `ingest samples` into a fresh database; the `compare` findings.
# Usage: scripts/snapshot.sh OUT_DIR   (after `npx tsc -p tsconfig.json`); then
#   diff -r OUT_BEFORE OUT_AFTER   (or cmp file by file)
# GONGWEN_BIN=path/to/main.js runs another build (e.g. a copy of an earlier dist/) instead of bin/gongwen.js.
set -eu
out=${1:?usage: scripts/snapshot.sh OUT_DIR}
gw=${GONGWEN_BIN:-bin/gongwen.js}
mkdir -p "$out/json" "$out/text"
for f in samples/*.* test/eval/unseen/*.txt; do
  b=$(echo "$f" | tr '/' '_')
  node "$gw" extract "$f" --format json >"$out/json/$b.json" 2>"$out/json/$b.err" || echo "exit $?" >>"$out/json/$b.err"
  node "$gw" extract "$f" --format text >"$out/text/$b.txt" 2>&1 || true
done
db="$out/archive.db"
rm -f "$db"
node "$gw" ingest samples test/eval/unseen --db "$db" --format json 2>/dev/null \
  | sed 's/"documentId":"[0-9a-f]*"/"documentId":"…"/g' >"$out/ingest.json" || true
for t in documents quantities awards workshops entities; do
  # every column except per-run ones (timestamps)
  # documents in the order stored; sections and items (views since schema 11) by their key
  case $t in documents) order=rowid ;; *) order="document_id, idx" ;; esac
  sqlite3 -header "$db" "select * from $t order by $order" \
    | sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z/<ts>/g' >"$out/rows-$t.txt"
done
node "$gw" compare --db "$db" --format json >"$out/compare.json" 2>&1 || true
node "$gw" compare --db "$db" --format text >"$out/compare.txt" 2>&1 || true
rm -f "$db" "$db-wal" "$db-shm"
echo "snapshot written to $out"
