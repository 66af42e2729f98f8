#!/bin/sh
# Builds the conformance runner and runs it from the current directory with
# the given arguments, keeping its exit status (`go run` turns 2 into 1).
#   tools/conformance/run.sh --compiler './lis build {file} -o {out}'
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
GOTOOLCHAIN=local go build -C "$here" -o "$tmp/conformance" .
status=0
"$tmp/conformance" "$@" || status=$?
exit "$status"
