#!/usr/bin/env bash
# Whole-process performance figures of the agent (issue 9). See docs/performance.md.
#
#   bash bench/run.sh [all|machine|start|replay|http|jmh] ...
#
#   machine  CPU, RAM, JDK and the load average right now
#   start    `java -jar invite-ledger.jar serve` to a healthy /api/v1/health (median of RUNS, on a ledger
#            already holding a year of daily captures)
#   replay   `replay` of a 1,500-row page in a cold process (median of RUNS; /usr/bin/time -v for RSS)
#   http     the serving agent takes CAPTURES captures of 1,500 rows over HTTP (the year's next days,
#            POST /api/v1/captures with a token from `token`): latency median, then VmRSS and VmHWM, then
#            the 2.5 x reference, a bare jsoup parse of the same pages under the same JVM options, and the ratio:
#            paired (each page parsed in a second JVM right after the agent answered its capture; the budget's
#            figure) and back to back after the captures (sessions 4-5's figure)
#   dashboard  the status page `/` (and its chart data) for a ledger holding a year of daily captures: median
#            of DASHBOARD_RUNS requests after signing in with the one-time link `serve` prints
#   jmh      the JMH benchmarks (bench/target/benchmarks.jar), JSON results under bench/target/
#   cds      (re)build agent/target/invite-ledger.jsa with bench/appcds.sh (the agent's package makes it too)
#   all      machine, start, replay, http, dashboard (not jmh: run it on its own, it takes ~15 minutes)
#
# Environment:
#   RUNS=5            repetitions for start and replay
#   CAPTURES=100      captures posted in `http`
#   JAVA_OPTS=...     JVM options for every agent process (e.g. "-XX:+UseSerialGC -Xmx64m")
#   OPTIONS=1         run the agent the way the README does: java @agent/target/invite-ledger.options -jar ...
#   BODY=json         http: post the JSON form of each capture instead of the extension's text/html form
#                     (the measured options and the build's AppCDS archive, with -Xshare:on so a stale
#                     archive fails loudly instead of measuring a slow start)
#   CDS=1             also use the AppCDS archive alone (rebuilt by bench/appcds.sh when missing or older than the jar)
#   BUILD=1           build the agent and the benchmarks first (mvn -Pbench); BUILD=0 uses what is there
#   WORK=DIR          scratch directory (default bench/target/run); generated inputs are cached there
#   NMT=1             http: also print the JVM's native memory summary (jcmd VM.native_memory), the
#                     anonymous/file split of the RSS (/proc/PID/smaps_rollup), the largest mappings and the
#                     start-up archive's dirty/clean pages after the last capture
#
# `http` also prints the agent's CPU per capture over the second half of the captures (after the JIT's warm-up)
# and its CPU time so far by thread name (compiler threads, GC/VM thread, Jetty's request threads).
#
# Traffic goes to 127.0.0.1 only; every loop is bounded; every process this script starts is stopped by it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/agent/target/invite-ledger.jar"
BENCH_JAR="$ROOT/bench/target/benchmarks.jar"
RUNS="${RUNS:-5}"
CAPTURES="${CAPTURES:-100}"
DASHBOARD_RUNS="${DASHBOARD_RUNS:-20}"
JAVA_OPTS="${JAVA_OPTS:-}"
CDS="${CDS:-0}"
OPTIONS="${OPTIONS:-0}"
BODY="${BODY:-html}"
OPTIONS_FILE="$ROOT/agent/target/invite-ledger.options"
NMT="${NMT:-0}"
ARCHIVE="$ROOT/agent/target/invite-ledger.jsa"
BUILD="${BUILD:-1}"
WORK="${WORK:-$ROOT/bench/target/run}"
HEALTH_TIMEOUT_S=30

STARTED_PIDS=()
cleanup() {
  for pid in "${STARTED_PIDS[@]:-}"; do
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
}
trap cleanup EXIT

die() { echo "run.sh: $*" >&2; exit 1; }
say() { printf '%s\n' "$*"; }
need() { command -v "$1" >/dev/null 2>&1 || die "$1 is missing: $2"; }

need java "install a JDK 17 (apt-get install openjdk-17-jdk-headless)"
need curl "apt-get install curl"
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing: apt-get install time"

median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "nan"; exit} if (NR%2) print a[(NR+1)/2]; else printf "%.4f\n", (a[NR/2]+a[NR/2+1])/2}'; }
now_ns() { date +%s%N; }
# user + system CPU time of a process, in ms (fields 14 and 15 of /proc/PID/stat, in clock ticks)
proc_cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz)}' "/proc/$1/stat"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

build() {
  if [[ "$BUILD" == 1 || ! -f "$JAR" || ! -f "$BENCH_JAR" ]]; then
    say "== building (mvn -B -q -Pbench -pl bench -am -DskipTests package)"
    (cd "$ROOT" && mvn -B -q -Pbench -pl bench -am -DskipTests package)
  fi
}

free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"; return 0
    fi
  done
  die "no free port found"
}

# Generated inputs, cached in $WORK/inputs: the three pages and a year-long ledger with the bodies after it.
# The year ends CAPTURES+1 days ago, so every posted capture lies in the past (the API refuses future times).
inputs() {
  local in="$WORK/inputs"
  mkdir -p "$in"
  if [[ ! -f "$in/sent-1500.html" ]]; then
    java -cp "$BENCH_JAR" dev.inviteledger.bench.Generate pages --out "$in" >/dev/null
  fi
  local stamp; stamp="$(date -u +%Y-%m-%d)-$CAPTURES-html" # -html: the bodies include the text/html form
  if [[ ! -f "$in/year.stamp" || "$(cat "$in/year.stamp")" != "$stamp" ]]; then
    rm -rf "$in/year-data" "$in/bodies" "$in/year.stamp"
    local first
    first="$(date -u -d "today - $((365 + CAPTURES + 1)) days" +%Y-%m-%dT08:00:00Z)"
    say "== generating a year of daily captures (first $first) and $CAPTURES capture bodies after it (~1 min)"
    java -cp "$BENCH_JAR" dev.inviteledger.bench.Generate history --data-dir "$in/year-data" --bodies "$in/bodies" \
      --first-capture "$first" --days 365 --then "$CAPTURES"
    echo "$stamp" > "$in/year.stamp"
  fi
}

fresh_year_copy() { # $1 = target data dir
  rm -rf "$1"; mkdir -p "$1"; chmod 700 "$1"
  cp "$WORK/inputs/year-data/ledger.sqlite" "$1/ledger.sqlite"
}

# Starts `serve` in the background; sets AGENT_PID, and START_MS to the milliseconds until /api/v1/health answered 200.
start_agent() { # $1 = port, $2 = data dir, $3 = log file
  local t0 t1 deadline
  t0="$(now_ns)"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" serve --port "$1" --data-dir "$2" >"$3" 2>&1 &
  AGENT_PID=$!
  STARTED_PIDS+=("$AGENT_PID")
  deadline=$(( $(date +%s) + HEALTH_TIMEOUT_S ))
  until curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$1/api/v1/health"; do
    kill -0 "$AGENT_PID" 2>/dev/null || { cat "$3" >&2; die "serve exited before it was healthy"; }
    (( $(date +%s) < deadline )) || die "serve was not healthy within ${HEALTH_TIMEOUT_S}s (log: $3)"
    sleep 0.005
  done
  t1="$(now_ns)"
  START_MS=$(( (t1 - t0) / 1000000 ))
  START_CPU_MS="$(proc_cpu_ms "$AGENT_PID")"
}

stop_agent() {
  kill "$AGENT_PID" 2>/dev/null || true
  wait "$AGENT_PID" 2>/dev/null || true
}

section_cds() {
  say "== AppCDS archive (bench/appcds.sh)"
  bash "$ROOT/bench/appcds.sh"
}

use_cds() {
  if [[ "$NMT" == 1 ]]; then JAVA_OPTS="$JAVA_OPTS -XX:NativeMemoryTracking=summary"; fi
  if [[ "$OPTIONS" == 1 ]]; then
    [[ -f "$OPTIONS_FILE" ]] || die "$OPTIONS_FILE is missing: mvn -B -pl agent -am -DskipTests package"
    if [[ ! -f "$ARCHIVE" || "$ARCHIVE" -ot "$JAR" ]]; then section_cds; fi
    JAVA_OPTS="@$OPTIONS_FILE $JAVA_OPTS -Xshare:on"
  fi
  if [[ "$CDS" == 1 ]]; then
    if [[ ! -f "$ARCHIVE" || "$ARCHIVE" -ot "$JAR" ]]; then
      section_cds
    fi
    # -Xshare:on would refuse to start with a stale archive; here a mismatch must be loud, not silently slow
    JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=$ARCHIVE -Xshare:on"
  fi
}

section_machine() {
  say "== machine"
  say "cpus: $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  say "ram: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  say "jdk: $(java -version 2>&1 | head -2 | tr '\n' ' ')"
  say "load average (1/5/15 min): $(loadavg)"
  say "JAVA_OPTS: ${JAVA_OPTS:-(none)}"
}

section_start() {
  inputs
  say "== agent start to healthy /api/v1/health (java $JAVA_OPTS -jar invite-ledger.jar serve; ledger with a year of captures; $RUNS runs)"
  local times=() cpus=() d="$WORK/start-data"
  fresh_year_copy "$d"
  for i in $(seq 1 "$RUNS"); do
    start_agent "$(free_port)" "$d" "$WORK/start-$i.log"
    stop_agent
    times+=("$START_MS"); cpus+=("$START_CPU_MS")
    say "  run $i: $START_MS ms, agent CPU $START_CPU_MS ms (load $(loadavg))"
  done
  START_MEDIAN="$(printf '%s\n' "${times[@]}" | median)"
  say "start to healthy, median: $START_MEDIAN ms (agent CPU time until healthy, median: $(printf '%s\n' "${cpus[@]}" | median) ms)"
}

section_replay() {
  inputs
  say "== replay of a 1,500-row page, cold process (java $JAVA_OPTS -jar invite-ledger.jar replay sent-1500.html --json; $RUNS runs)"
  local times=() rss=() cpus=() out="$WORK/replay-time.txt" s kb c
  for i in $(seq 1 "$RUNS"); do
    # shellcheck disable=SC2086
    /usr/bin/time -v -o "$out" java $JAVA_OPTS -jar "$JAR" replay "$WORK/inputs/sent-1500.html" \
      --captured-at 2026-01-05T09:00:00Z --zone UTC --json >"$WORK/replay.json"
    s="$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); v=0; for (k=1;k<=n;k++) v=v*60+p[k]; print v}' "$out")"
    kb="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out")"
    c="$(awk -F': ' '/User time|System time/ {t += $2} END {printf "%.2f", t}' "$out")"
    times+=("$s"); rss+=("$kb"); cpus+=("$c")
    say "  run $i: ${s} s, CPU ${c} s, max RSS $((kb / 1024)) MiB (load $(loadavg))"
  done
  grep -q '"rowsSeen" : 1500' "$WORK/replay.json" || die "replay did not report 1,500 rows (see $WORK/replay.json)"
  REPLAY_MEDIAN="$(printf '%s\n' "${times[@]}" | median)"
  say "replay cold, median: $REPLAY_MEDIAN s, CPU (user+sys) median $(printf '%s\n' "${cpus[@]}" | median) s (max RSS median $(( $(printf '%s\n' "${rss[@]}" | median | cut -d. -f1) / 1024 )) MiB)"
}

# The 2.5 x reference is a bare jsoup parse of the same capture bodies, in a JVM with the agent's JIT and heap options
# (not its start-up archive, made for the agent's jar, nor profilers or logs): REF_OPTS.
reference_options() {
  local o
  REF_OPTS=()
  for o in $JAVA_OPTS; do
    case "$o" in
      @*) grep -v -e '^#' -e 'SharedArchiveFile' -e '^-Xshare' -e '^-Xlog' "${o#@}" | tr -d '"' >"$WORK/reference.options"
          REF_OPTS+=("@$WORK/reference.options") ;;
      -Xshare*|-XX:SharedArchiveFile=*|-XX:NativeMemoryTracking=*|-agentpath:*|-Xlog*|-XX:StartFlightRecording*) ;;
      *) REF_OPTS+=("$o") ;;
    esac
  done
}

# Paired: the reference JVM parses each page right after the agent answered that page's capture (JsoupReference
# --paired), so both are measured under the same state of this VM, whose host slows it for minutes at a time.
start_paired_reference() {
  reference_options
  local first; first="$(ls "$WORK/inputs/bodies"/capture-*.html | sort | head -n 1)"
  # warmed up on the first page before the captures start, so its compiler does not compete with them
  coproc REF { exec java "${REF_OPTS[@]}" -cp "$BENCH_JAR" dev.inviteledger.bench.JsoupReference --paired "$first" 40; }
  STARTED_PIDS+=("$REF_PID")
  local line
  read -r -t 120 line <&"${REF[0]}" || die "the paired jsoup reference did not start"
  [[ "$line" == ready ]] || die "the paired jsoup reference said: $line"
}

paired_reference_page() { # $1 = page file; appends the parse's wall ms to $WORK/http-reference.txt
  local wall cpu
  printf '%s\n' "$1" >&"${REF[1]}"
  read -r -t 60 wall cpu <&"${REF[0]}" || die "the paired jsoup reference did not answer for $1"
  awk -v w="$wall" -v c="$cpu" 'BEGIN {printf "%.4f %.4f\n", w / 1e6, c / 1e6}' >>"$WORK/http-reference.txt"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

finish_paired_reference() {
  local summary fd="${REF[1]}"
  exec {fd}>&-
  read -r -t 60 summary <&"${REF[0]}" || die "the paired jsoup reference printed no summary"
  wait "$REF_PID" || die "the paired jsoup reference failed"
  say "paired: $summary (each page parsed right after its capture)"
  PAIRED_REF_MS="$(sed -E 's/.*wall ([0-9.]+) ms.*/\1/' <<<"$summary")"
  # the same captures on both sides: the second half, where the JIT has compiled both (and the reference's median
  # is of these pages); a capture more than the host's slow spells can move is flagged by its reference's CPU time
  local half=$(( CAPTURES / 2 + 1 )) http_late
  http_late="$(tail -n +"$half" "$WORK/http-latency.txt" | awk '{print $1*1000}' | median)"
  say "capture over HTTP / bare jsoup parse, paired, captures $half-$CAPTURES against their own pages' parses: ${http_late} / ${PAIRED_REF_MS} ms = $(ratio "$http_late" "$PAIRED_REF_MS") x (budget 2.5 x)"
  say "  median of all $CAPTURES captures (JIT warm-up included) / the same reference: $(ratio "$HTTP_MEDIAN_MS" "$PAIRED_REF_MS") x"
  # Capture by capture: each one's time over its own page's parse. A pair whose parse ran more than 15 % slower than
  # the run's fastest tenth ran while the host was slowed; those pairs are left out, which can only make the figure
  # stricter (a slowed parse is a larger denominator).
  local pairs="$WORK/http-pairs.txt" fast kept
  paste -d' ' <(tail -n +"$half" "$WORK/http-latency.txt") <(tail -n +"$half" "$WORK/http-reference.txt") >"$pairs"
  fast="$(awk '{print $2}' "$pairs" | sort -g | awk '{a[NR] = $1} END {print a[int((NR - 1) / 10) + 1] * 1.15}')"
  kept="$(awk -v fast="$fast" '$2 <= fast {print $1 * 1000 / $2}' "$pairs")"
  say "  capture by capture, $half-$CAPTURES, pairs whose parse ran at full speed: $(median <<<"$kept" | xargs printf '%.2f') x, median of $(wc -l <<<"$kept") of $(wc -l <"$pairs") pairs"
}

# The same reference back to back after the captures (sessions 4-5's figure; the host may have changed state since).
back_to_back_reference() { # $1 = captures posted
  local out ref
  out="$(java "${REF_OPTS[@]}" -cp "$BENCH_JAR" dev.inviteledger.bench.JsoupReference "$WORK/inputs/bodies" "$1")" \
    || die "the jsoup reference failed"
  say "back to back after the captures: $out"
  ref="$(sed -E 's/.*wall ([0-9.]+) ms.*/\1/' <<<"$out")"
  say "capture over HTTP / bare jsoup parse, back to back (wall medians): $(ratio "$HTTP_MEDIAN_MS" "$ref") x"
}

section_http() {
  inputs
  # view=overlay: the answer the extension asks for (docs/api.md)
  say "== $CAPTURES captures of 1,500 rows over HTTP into a year-long ledger (POST /api/v1/captures?view=overlay, $BODY body), then RSS"
  local d="$WORK/http-data" port token lat="$WORK/http-latency.txt" code t status
  fresh_year_copy "$d"
  # shellcheck disable=SC2086
  # the token command is set-up, not measured: plain JVM, so options that print (JFR, -Xlog to stdout) cannot
  # end up in the Authorization header; its last line is the token
  if ! token="$(java -jar "$JAR" token --data-dir "$d" --label bench 2>"$WORK/token.err" | tail -n 1)" || [[ -z "$token" ]]; then
    cat "$WORK/token.err" >&2
    die "no API token (the token command needs the ledger-backed API, issue 5)"
  fi
  start_paired_reference
  port="$(free_port)"
  start_agent "$port" "$d" "$WORK/http-serve.log"
  : >"$lat"; : >"$WORK/http-reference.txt"
  local n=0 cpu0=0 cpu1 cpu_half=0 half=$(( CAPTURES / 2 + 1 ))
  for f in $(ls "$WORK/inputs/bodies"/capture-*.json | sort | head -n "$CAPTURES"); do
    # as the extension posts it (the page as text/html, the rest in the query), or BODY=json the JSON form
    local type='text/html; charset=utf-8' data="${f%.json}.html" query="view=overlay&$(cat "${f%.json}.query")"
    if [[ "$BODY" == json ]]; then type='application/json'; data="$f"; query='view=overlay'; fi
    n=$((n + 1))
    # the agent's own CPU time (all its threads: request, GC, JIT) from the 11th capture on: a figure a
    # busy shared machine distorts far less than wall time
    if (( n == 11 )); then cpu0="$(proc_cpu_ms "$AGENT_PID")"; fi
    if (( n == half )); then cpu_half="$(proc_cpu_ms "$AGENT_PID")"; fi
    read -r code t < <(curl -s -o "$WORK/http-answer.json" -w '%{http_code} %{time_total}\n' --max-time 30 \
      -H "Authorization: Bearer $token" -H "Content-Type: $type" -H 'X-Invite-Ledger-Api: 1' \
      -H "Host: 127.0.0.1:$port" -H 'Expect:' --data-binary "@$data" "http://127.0.0.1:$port/api/v1/captures?$query")
    [[ "$code" == 200 ]] || { cat "$WORK/http-answer.json" >&2; die "capture $f answered $code"; }
    echo "$t" >>"$lat"
    paired_reference_page "${f%.json}.html"
  done
  cpu1="$(proc_cpu_ms "$AGENT_PID")"
  # where that CPU went, by thread name (the JIT compilers, the collector, the request threads): the total so far
  local threads; threads="$(for t in /proc/"$AGENT_PID"/task/*; do
      printf '%s\t%s\n' "$(cat "$t/comm")" "$(proc_cpu_ms "${t#/proc/}")"; done \
    | awk -F'\t' '{n=$1; sub(/[0-9#]+$/, "", n); if (n ~ /^qtp/) n = "qtp (Jetty)"; ms[n] += $2} END {for (n in ms) if (ms[n] >= 50) printf "%s %d ms; ", n, ms[n]}')"
  grep -q '"rowsSeen":1500' "$WORK/http-answer.json" || die "the last answer does not cover 1,500 rows"
  status="$(cat "/proc/$AGENT_PID/status")"
  if [[ "$NMT" == 1 ]]; then
    jcmd "$AGENT_PID" VM.native_memory summary >"$WORK/nmt.txt" 2>&1 || true
    say "  NMT (committed KB by area; full summary in $WORK/nmt.txt):"
    grep -E '^(Total|-)' "$WORK/nmt.txt" | sed -E 's/ *\(reserved=[0-9]+KB, committed=([0-9]+)KB\)/ \1/' | awk '{printf "    %s", $0; if (NR%4==0) print ""} END {print ""}'
    say "  smaps_rollup: $(grep -E '^(Rss|Anonymous|Pss_File|Pss_Anon):' "/proc/$AGENT_PID/smaps_rollup" | tr -s ' ' | tr '\n' ' ')"
    say "  threads: $(awk '/Threads/ {print $2}' <<<"$status")"
    # the largest mappings by RSS (anonymous ones by size class: heap, arenas, stacks look different)
    awk '/^[0-9a-f]+-[0-9a-f]+ / {path=$6} /^Size:/ {name=(path == "" ? "[anon " int($2/1024) " MiB]" : path)}
         /^Rss:/ {rss[name] += $2} END {for (n in rss) if (rss[n] >= 1024) printf "    %7.1f MiB  %s\n", rss[n]/1024, n}' \
      "/proc/$AGENT_PID/smaps" | sort -rn | head -15 >"$WORK/smaps-top.txt"
    say "  largest mappings by RSS:"; cat "$WORK/smaps-top.txt"
    # the start-up archive: dirty pages are the JVM's writes (relocation, class state), clean ones file pages read
    say "  archive pages (KB): $(awk '/^[0-9a-f]+-[0-9a-f]+ / {in_jsa = ($6 ~ /\.jsa$/)}
         in_jsa && /^(Rss|Private_Dirty|Private_Clean|Shared_Clean):/ {kb[$1] += $2}
         END {for (k in kb) printf "%s %d ", k, kb[k]}' "/proc/$AGENT_PID/smaps")"
  fi
  RSS_MIB="$(awk '/VmRSS/ {printf "%.0f", $2/1024}' <<<"$status")"
  HWM_MIB="$(awk '/VmHWM/ {printf "%.0f", $2/1024}' <<<"$status")"
  stop_agent
  HTTP_MEDIAN_MS="$(awk '{print $1*1000}' "$lat" | median)"
  local warm; warm="$(tail -n +11 "$lat" | awk '{print $1*1000}' | median)"
  say "  first capture: $(head -1 "$lat" | awk '{printf "%.1f", $1*1000}') ms; slowest: $(sort -g "$lat" | tail -1 | awk '{printf "%.1f", $1*1000}') ms"
  local last; last="$(tail -n 50 "$lat" | awk '{print $1*1000}' | median)"
  say "capture over HTTP, median of $CAPTURES: ${HTTP_MEDIAN_MS} ms (after the first 10: ${warm} ms; last 50: ${last} ms) (load $(loadavg))"
  if (( CAPTURES > 10 )); then
    HTTP_CPU_MS="$(( (cpu1 - cpu0) / (CAPTURES - 10) ))"
    say "agent CPU time per capture (all threads, captures 11..$CAPTURES): ${HTTP_CPU_MS} ms (captures $half..$CAPTURES: $(( (cpu1 - cpu_half) / (CAPTURES - half + 1) )) ms)"
    say "  agent CPU by thread since start: $threads"
  fi
  say "agent after $CAPTURES captures: VmRSS ${RSS_MIB} MiB, VmHWM (peak) ${HWM_MIB} MiB"
  finish_paired_reference
  back_to_back_reference "$CAPTURES"
}

section_dashboard() {
  inputs
  say "== dashboard: GET / and GET /status-data/dashboard on a ledger with a year of daily captures ($DASHBOARD_RUNS each)"
  local d="$WORK/dash-data" port link jar="$WORK/cookies.txt" code t page data
  fresh_year_copy "$d"
  port="$(free_port)"
  start_agent "$port" "$d" "$WORK/dash-serve.log"
  link="$(grep -o 'http://127.0.0.1:[0-9]*/login?key=[^ ]*' "$WORK/dash-serve.log" | head -1)"
  [[ -n "$link" ]] || die "serve printed no sign-in link (log: $WORK/dash-serve.log)"
  rm -f "$jar"
  code="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" "$link")"
  [[ "$code" == 200 ]] || die "sign-in link answered $code"
  : >"$WORK/dash-page.txt"; : >"$WORK/dash-data.txt"
  for i in $(seq 1 "$DASHBOARD_RUNS"); do
    read -r code t < <(curl -s -b "$jar" -o "$WORK/dashboard.html" -w '%{http_code} %{time_total}\n' --max-time 30 "http://127.0.0.1:$port/")
    [[ "$code" == 200 ]] || die "GET / answered $code"
    echo "$t" >>"$WORK/dash-page.txt"
    read -r code t < <(curl -s -b "$jar" -o "$WORK/dashboard.json" -w '%{http_code} %{time_total}\n' --max-time 30 "http://127.0.0.1:$port/status-data/dashboard")
    [[ "$code" == 200 ]] || die "GET /status-data/dashboard answered $code"
    echo "$t" >>"$WORK/dash-data.txt"
  done
  stop_agent
  grep -q '1,500\|1500' "$WORK/dashboard.html" || die "the dashboard does not show the 1,500 pending invitations"
  page="$(awk '{print $1*1000}' "$WORK/dash-page.txt" | median)"
  data="$(awk '{print $1*1000}' "$WORK/dash-data.txt" | median)"
  say "  first GET /: $(head -1 "$WORK/dash-page.txt" | awk '{printf "%.1f", $1*1000}') ms; page $(wc -c <"$WORK/dashboard.html") bytes"
  say "dashboard GET /, median: ${page} ms; chart data, median: ${data} ms (load $(loadavg))"
}

section_jmh() {
  say "== JMH (java -jar bench/target/benchmarks.jar; results in bench/target/jmh-result.json)"
  java -jar "$BENCH_JAR" -rf json -rff "$ROOT/bench/target/jmh-result.json" "$@" | tee "$WORK/jmh.txt"
  say "== JMH medians (p0.50 of the sampled times)"
  grep -E ':p0\.50 ' "$WORK/jmh.txt" | awk '{printf "  %-45s %s %s\n", $1, $(NF-1), $NF}'
}

main() {
  local what="${1:-all}"; shift || true
  mkdir -p "$WORK"
  build
  use_cds
  case "$what" in
    machine) section_machine ;;
    start) section_machine; section_start ;;
    replay) section_machine; section_replay ;;
    http) section_machine; section_http ;;
    dashboard) section_machine; section_dashboard ;;
    jmh) section_machine; section_jmh "$@" ;;
    cds) section_cds ;;
    all) section_machine; section_start; section_replay; section_http; section_dashboard; section_machine ;;
    *) die "unknown section $what (all|machine|start|replay|http|dashboard|jmh|cds)" ;;
  esac
}

main "$@"
