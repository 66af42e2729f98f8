#!/usr/bin/env bash
# Regenerates emitted/<workload>/<workload>.go from workloads/<workload>.lis with the reference
# compiler (`lis build`), renaming the Go package from `main` to the workload's name so that the
# benchmark package can import it. The test suite fails when a checked-in file is stale.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for src in "$here"/workloads/*.lis; do
  name="$(basename "$src" .lis)"
  "$root/lis" build "$src" -o "$tmp/$name" >/dev/null
  mkdir -p "$here/emitted/$name"
  sed "1s/^package main\$/package $name/" "$tmp/$name/main.go" > "$here/emitted/$name/$name.go"
done
echo "regenerated $(ls "$here"/workloads/*.lis | wc -l) workloads"
