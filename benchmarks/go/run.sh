#!/usr/bin/env bash
# The no-overhead check of issue #7: ten interleaved rounds of `go test -bench -count=1` at
# -cpu=1,4 (rounds rather than one -count=10, so that drift of the machine hits both variants
# alike; the order of the two variants alternates between rounds), then a benchstat table
# putting impl=lisette and impl=go side by side (time/op, B/op, allocs/op, with the ratio and
# its confidence). Not part of CI: it takes several minutes.
#   usage: benchmarks/go/run.sh [ROUNDS] [BENCHTIME]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
rounds="${1:-10}"
benchtime="${2:-300ms}"
out="${BENCH_OUT:-$here/results.txt}"
: > "$out"
go test -c -o "$here/bench.test" . >/dev/null
for i in $(seq 1 "$rounds"); do
  echo "round $i/$rounds" >&2
  # Odd rounds run impl=lisette first in each workload, even rounds impl=go.
  order=()
  if [ $((i % 2)) -eq 0 ]; then order=(-gofirst); fi
  "$here/bench.test" -test.run='^$' -test.bench=. -test.benchmem -test.count=1 -test.cpu=1,4 \
    -test.benchtime="$benchtime" "${order[@]}" >> "$out"
done
rm -f "$here/bench.test"
go run golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da -col /impl "$out"
