#!/bin/sh
# Ingest throughput and peak RSS of two builds on the same corpus, alternated:
#   scripts/bench-ab.sh OLD_CHECKOUT NEW_CHECKOUT CORPUS_DIR [PAIRS [INGEST_FLAGS...]]
# INGEST_FLAGS go to both ingests: pass --concurrency N when the two builds' default worker counts
# differ (before 2f105fa one worker per core, since then cores - 1), else wall time compares those.
# Each checkout must be built (npx tsc -p tsconfig.json) with node_modules. A pair runs old then
# new; odd pairs are run new then old, so a load that grows or falls during the run hurts both
# alike. Prints one line per run (wall s, max RSS KB, user and sys CPU s); take the medians.
# A corpus: node -e "(await import('./dist/scripts/bench/corpus.js')).generateCorpus({docs:400,seed:7,cacheRoot:'/tmp/bench'})" --input-type=module
set -eu
old=$1 new=$2 corpus=$3 pairs=${4:-3}
shift $(( $# < 4 ? $# : 4 ))
tmp=$(mktemp -d)
i=1
while [ "$i" -le "$pairs" ]; do
  if [ $((i % 2)) -eq 1 ]; then order="old new"; else order="new old"; fi
  for v in $order; do
    if [ "$v" = old ]; then d=$old; else d=$new; fi
    rm -f "$tmp"/a.db*
    /usr/bin/time -f "$v pair$i wall=%e s maxrss=%M KB user=%U s sys=%S s" \
      node "$d/bin/gongwen.js" ingest "$corpus" --db "$tmp/a.db" "$@" >/dev/null 2>"$tmp/err" || { tail -3 "$tmp/err"; exit 1; }
    tail -1 "$tmp/err"
  done
  i=$((i + 1))
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$tmp"
