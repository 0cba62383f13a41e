#!/usr/bin/env bash
# Builds a class-data-sharing archive (AppCDS, JDK 17 static dump) for agent/target/invite-ledger.jar, so
# `java -XX:SharedArchiveFile=agent/target/invite-ledger.jsa -jar agent/target/invite-ledger.jar ...` starts
# from pre-parsed classes. Training: `serve` until healthy plus one capture over HTTP (when the build has the
# ledger-backed API), and a `replay` of PAGE; the class lists of both runs make one archive.
#
#   bash bench/appcds.sh PAGE.html [BODY.json]
#
# JDK 17 ties the archive to this exact jar (path and modification time): rebuild the archive after every
# package. A stale or missing archive costs only start-up time when run with -Xshare:auto (the default).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/agent/target/invite-ledger.jar"
ARCHIVE="$ROOT/agent/target/invite-ledger.jsa"
PAGE="${1:?usage: appcds.sh PAGE.html [BODY.json]}"
BODY="${2:-}"
WORK="$(mktemp -d)"
SERVE_PID=""
cleanup() {
  if [[ -n "$SERVE_PID" ]] && kill -0 "$SERVE_PID" 2>/dev/null; then kill "$SERVE_PID"; wait "$SERVE_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

[[ -f "$JAR" ]] || { echo "appcds.sh: build the agent first ($JAR is missing)" >&2; exit 1; }
mkdir -p "$WORK/data" && chmod 700 "$WORK/data"

port=$((20000 + RANDOM % 30000))
token="$(java -jar "$JAR" token --data-dir "$WORK/data" 2>/dev/null || true)"
java -XX:DumpLoadedClassList="$WORK/serve.classlist" -jar "$JAR" serve --port "$port" --data-dir "$WORK/data" \
  >"$WORK/serve.log" 2>&1 &
SERVE_PID=$!
for _ in $(seq 1 600); do
  curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$port/api/v1/health" && break
  kill -0 "$SERVE_PID" 2>/dev/null || { cat "$WORK/serve.log" >&2; exit 1; }
  sleep 0.05
done
if [[ -n "$token" && -n "$BODY" ]]; then
  curl -s -o /dev/null --max-time 60 -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -H 'X-Invite-Ledger-Api: 1' -H 'Expect:' --data-binary "@$BODY" "http://127.0.0.1:$port/api/v1/captures"
fi
kill "$SERVE_PID"; wait "$SERVE_PID" 2>/dev/null || true; SERVE_PID=""

java -XX:DumpLoadedClassList="$WORK/replay.classlist" -jar "$JAR" replay "$PAGE" --json >/dev/null

# one list, first occurrence kept (the dump rejects nothing twice, but keeps the file small)
cat "$WORK/serve.classlist" "$WORK/replay.classlist" | awk '!seen[$0]++' >"$WORK/all.classlist"
rm -f "$ARCHIVE"
java -Xshare:dump -XX:SharedClassListFile="$WORK/all.classlist" -XX:SharedArchiveFile="$ARCHIVE" \
  -Xlog:cds=error -cp "$JAR" >"$WORK/dump.log" 2>&1 || { cat "$WORK/dump.log" >&2; exit 1; }
echo "$ARCHIVE ($(du -h "$ARCHIVE" | cut -f1), $(grep -vc '^#' "$WORK/all.classlist") classes listed)"
