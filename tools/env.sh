# Sourced by ./lis, ./run-tests and .ci/run: locates a JDK >= 21 and the Go toolchain.
# Sets LIS_JAVA (java binary), LIS_JAVA_VERSION (major) and LIS_JAVA_HOME; LIS_GO_BIN.

lis_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n1
}

# JAVA_HOME first (if it is 21+), then the newest JDK under /usr/lib/jvm.
lis_find_java() {
  LIS_JAVA=""
  LIS_JAVA_VERSION=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    local v
    v="$(lis_java_major "$JAVA_HOME/bin/java")"
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then
      LIS_JAVA="$JAVA_HOME/bin/java"
      LIS_JAVA_VERSION="$v"
    fi
  fi
  if [ -z "$LIS_JAVA" ]; then
    local d v
    for d in /usr/lib/jvm/*; do
      [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ] || continue
      v="$(lis_java_major "$d/bin/java")"
      [ -n "$v" ] || continue
      if [ "$v" -ge 21 ] && [ "$v" -gt "$LIS_JAVA_VERSION" ]; then
        LIS_JAVA="$d/bin/java"
        LIS_JAVA_VERSION="$v"
      fi
    done
  fi
  if [ -z "$LIS_JAVA" ]; then
    echo "error: no JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm/*)." >&2
    echo "       Install a JDK 21+ (e.g. Temurin) or set JAVA_HOME to one." >&2
    return 1
  fi
  LIS_JAVA_HOME="$(dirname "$(dirname "$LIS_JAVA")")"
}

# `go` on the PATH or /usr/local/go, version 1.25 or newer.
lis_find_go() {
  LIS_GO_BIN="${LIS_GO:-}"
  if [ -z "$LIS_GO_BIN" ]; then
    LIS_GO_BIN="$(command -v go || true)"
  fi
  if [ -z "$LIS_GO_BIN" ] && [ -x /usr/local/go/bin/go ]; then
    LIS_GO_BIN=/usr/local/go/bin/go
  fi
  if [ -z "$LIS_GO_BIN" ]; then
    echo "error: the Go toolchain (1.25 or newer) was not found on PATH or in /usr/local/go." >&2
    return 1
  fi
  local v
  v="$("$LIS_GO_BIN" env GOVERSION 2>/dev/null | sed 's/^go//')"
  local major="${v%%.*}" rest="${v#*.}"
  local minor="${rest%%.*}"
  if [ -z "$v" ] || [ "$major" -lt 1 ] || { [ "$major" -eq 1 ] && [ "${minor%%[!0-9]*}" -lt 25 ]; }; then
    echo "error: Go 1.25 or newer is required, found '${v:-unknown}' at $LIS_GO_BIN." >&2
    return 1
  fi
}
