#!/usr/bin/env bash
# (Re)builds agent/target/invite-ledger.jsa, the class-data-sharing archive (AppCDS, JDK 17 static dump) of
# agent/target/invite-ledger.jar, with the same two steps as the agent's `package` (agent/pom.xml, executions
# appcds-training and appcds-dump): a training run (dev.inviteledger.cli.StartupTraining: token, serve until
# healthy, one capture over HTTP, a replay; 127.0.0.1, a temporary directory) records the classes it loads, then
# the JVM dumps them. For a jar packaged with -Dappcds.skip=true, or after replacing the jar by hand.
#
#   bash bench/appcds.sh
#
# JDK 17 ties the archive to this exact jar (path and modification time). A stale or missing archive costs only
# start-up time when run with -Xshare:auto (the default; agent/target/invite-ledger.options says so).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/agent/target/invite-ledger.jar"
LIST="$ROOT/agent/target/invite-ledger.classlist"
ARCHIVE="$ROOT/agent/target/invite-ledger.jsa"

[[ -f "$JAR" ]] || { echo "appcds.sh: build the agent first ($JAR is missing)" >&2; exit 1; }
rm -f "$LIST"
timeout 180 java -XX:DumpLoadedClassList="$LIST" -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC \
  -Xshare:auto -cp "$JAR" dev.inviteledger.cli.StartupTraining
rm -f "$ARCHIVE"
# always name the output: -Xshare:dump without -XX:SharedArchiveFile overwrites the JDK's own default archive
timeout 180 java -Xshare:dump -XX:SharedClassListFile="$LIST" -XX:SharedArchiveFile="$ARCHIVE" -Xlog:cds=error \
  -cp "$JAR" >/dev/null
echo "$ARCHIVE ($(du -h "$ARCHIVE" | cut -f1), $(grep -vc '^#' "$LIST") classes listed)"
