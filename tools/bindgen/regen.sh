#!/usr/bin/env bash
# Regenerates the shipped Go standard-library declarations:
#   reference-compiler/src/main/resources/typedefs/go/<import/path>.d.lis
#   reference-compiler/src/main/resources/typedefs/REPORT.md
# Usage: tools/bindgen/regen.sh [--check]   (--check: verify only, exit 1 if stale)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/reference-compiler/src/main/resources/typedefs"
check=()
if [ "${1:-}" = "--check" ]; then check=(-check); fi
cd "$here"
export GOTOOLCHAIN=local GOWORK=off GOFLAGS=
go run . -out "$out" -overrides "$here/overrides.toml" -baseline go1.25 "${check[@]}" -std
