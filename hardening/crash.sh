#!/usr/bin/env bash
# Crash safety, measured (issue 8): runs the monthly job on the demo data once without interruption, then, for
# each of N kill points (milestones of that run: steps' ends, ingest progress, files written, messages
# of the mail dry-run, plus 0/150/300 ms), starts the same run in a fresh folder, kills it with SIGKILL
# (kill -9) there, starts it again (as many times as it takes, each restart left alone) and compares
# the end result with the uninterrupted run:
#   - summary.json, apart from the run id and the time it was written;
#   - the stored rows (file, line, code, value, current), and that no row is stored twice;
#   - rejects.csv, byte for byte;
#   - the mail dry-run's outbox (one message per recipient, none twice);
#   - no half-written file: no temporary file left, every file listed in SHA256SUMS matches it.
# It prints, per kill point, where the run was when killed (its last "stage" line) and the outcome,
# then: kill points tried, matched, rows lost.
#
#   hardening/crash.sh              20 kill points (a few minutes)
#   hardening/crash.sh --points 4   the reduced set CI runs
#   hardening/crash.sh --points 40 --work DIR
#
# Needs target/scorecard.jar (./mvnw package or verify builds it), python3, unzip and a JDK 21+.
set -euo pipefail

POINTS=20
WORK=""
while [[ $# -gt 0 ]]; do
	case "$1" in
		--points) POINTS="$2"; shift ;;
		--work) WORK="$2"; shift ;;
		-h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
		*) echo "crash.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
	esac
	shift
done
if ! [[ "$POINTS" =~ ^[1-9][0-9]*$ ]]; then
	echo "crash.sh: --points must be a whole number from 1, not '$POINTS'" >&2
	exit 2
fi

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JAR="$ROOT/target/scorecard.jar"
if [[ ! -f "$JAR" ]]; then
	echo "crash.sh: $JAR is missing; build it first (./mvnw -q -DskipTests package)" >&2
	exit 2
fi
WORK="${WORK:-$ROOT/target/crash}"
rm -rf "$WORK"
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"

JDK_BIN=""
for candidate in /usr/lib/jvm/temurin-25-jdk-amd64/bin $(ls -d /usr/lib/jvm/*/bin 2>/dev/null | sort -rV); do
	if [[ -x "$candidate/java" ]] && "$candidate/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
		JDK_BIN="$candidate"; break
	fi
done
JAVA="${JDK_BIN:+$JDK_BIN/}java"
H2_ENTRY="$(unzip -Z1 "$JAR" | grep -E '^BOOT-INF/lib/h2-[0-9.]+\.jar$' | head -1)"
unzip -q -o -j "$JAR" "$H2_ENTRY" -d "$WORK/lib"
H2_JAR="$WORK/lib/$(basename "$H2_ENTRY")"

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
millis() { date +%s%3N; }

# Starts one run of the demo period in folder $1 (its own H2 database and output), mail in dry-run
# mode, in the background; its process id is left in PID (a child of this shell, so it can be waited for).
start_run() {
	local dir="$1"
	mkdir -p "$dir"
	"$JAVA" -Xmx512m -jar "$JAR" run --period 2026-10 --reference seeds/reference --inbox seeds/submissions \
		--out "$dir/out" --db "jdbc:h2:file:$dir/db" --mail --mail-dry-run >>"$dir/console.log" 2>&1 &
	PID=$!
}

# What a finished run leaves, normalised for comparison, in $1/result/.
collect() {
	local dir="$1" period="$1/out/2026-10"
	mkdir -p "$dir/result"
	python3 - "$period/summary.json" > "$dir/result/summary.json" <<'PY'
import json, sys
VOLATILE = {"run_id", "generated_at"}
def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in VOLATILE}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node
print(json.dumps(strip(json.load(open(sys.argv[1]))), indent=1, sort_keys=True))
PY
	cp "$period/rejects.csv" "$dir/result/rejects.csv"
	# the mail dry-run's outbox: one file per message, by name and subject (dates and ids vary)
	( cd "$period/outbox" 2>/dev/null && for f in $(ls | sort); do echo "$f $(grep -m1 -a '^Subject:' "$f")"; done ) \
		> "$dir/result/outbox.txt" || true
	"$JAVA" -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$dir/db" -user "" -password "" -sql \
		"SELECT f.path, r.line, COALESCE(r.code, '-') AS code, COALESCE(CAST(r.value_num AS VARCHAR), '-') AS v, r.is_current
		 FROM submission_row r JOIN input_file f ON f.run_id = r.run_id AND f.file_id = r.file_id
		 WHERE r.run_id = (SELECT MAX(id) FROM run WHERE status = 'COMPLETED') ORDER BY f.path, r.line" \
		| grep -v '^(' > "$dir/result/rows.txt"
	"$JAVA" -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$dir/db" -user "" -password "" -sql \
		"SELECT COUNT(*) - COUNT(DISTINCT CAST(run_id AS VARCHAR) || '/' || CAST(file_id AS VARCHAR) || '/' || CAST(line AS VARCHAR))
		 AS twice FROM submission_row WHERE run_id = (SELECT MAX(id) FROM run WHERE status = 'COMPLETED')" \
		| grep -v '^(' | sed -n 2p | tr -d ' ' > "$dir/result/twice.txt"
	# half-written files: temporary names left behind, or a listed file whose checksum fails
	( cd "$period" && find . \( -name '*.tmp' -o -name '*.part' -o -name '.*tmp*' \) -print ) > "$dir/result/leftovers.txt"
	( cd "$period" && sha256sum --quiet -c SHA256SUMS ) > "$dir/result/checksums.txt" 2>&1 || echo "SHA256SUMS check failed" >> "$dir/result/checksums.txt"
}

# 1. the uninterrupted run: the reference result and the time span the kill points are spread over
say "uninterrupted run of 2026-10 on the demo data (seeds/)"
BASE="$WORK/base"
t0=$(millis)
start_run "$BASE"; pid=$PID
# the job's first step ends this long after the start: before it the JVM and Spring start up, and the
# kill points are spread over the rest (the job's steps, then the mail dry-run)
JOB_START=""
while kill -0 "$pid" 2>/dev/null; do
	if [[ -z "$JOB_START" ]] && grep -q '^stage loadReference' "$BASE/console.log" 2>/dev/null; then
		JOB_START=$(( $(millis) - t0 ))
	fi
	sleep 0.05
done
if ! wait "$pid"; then
	echo "crash.sh: the uninterrupted run failed; see $BASE/console.log" >&2
	exit 1
fi
DURATION=$(( $(millis) - t0 ))
collect "$BASE"
BASE_ROWS=$(($(wc -l < "$BASE/result/rows.txt") - 1))
JOB_START=${JOB_START:-0}
say "took $DURATION ms (the job's first step done at $JOB_START ms); $BASE_ROWS stored rows"

# 2. the kill points: the run's own milestones (each step's end, the ingest progress, each file
# written, each message of the mail dry-run), taken from the uninterrupted run's console and spread
# evenly; a run is killed 0, 150 or 300 ms after the milestone appears (so the kills land inside the
# next step too, not only between steps)
mapfile -t MILESTONES < <(grep -aE '^(stage |ingest: |wrote |mail )' "$BASE/console.log" \
	| sed -E 's/^(stage [^ ]+:).*/\1/; s/^(wrote [^ ]+).*/\1/; s/^(ingest:).*/\1/; s/^(mail [^ ]+) .*/\1 /' \
	| awk '!seen[$0]++')
if [[ ${#MILESTONES[@]} -eq 0 ]]; then
	echo "crash.sh: the uninterrupted run printed no milestones; see $BASE/console.log" >&2
	exit 1
fi
tried=0; landed=0; matched=0; lost_total=0
printf '\n%-6s %-36s %-9s %s\n' "point" "killed after (+ms)" "restarts" "outcome"
for i in $(seq 1 "$POINTS"); do
	dir="$WORK/kill-$i"
	milestone="${MILESTONES[$(( (i - 1) * ${#MILESTONES[@]} / POINTS ))]}"
	delay=$(( (i % 3) * 150 ))
	start_run "$dir"; pid=$PID
	while kill -0 "$pid" 2>/dev/null && ! grep -qaF -- "$milestone" "$dir/console.log" 2>/dev/null; do
		sleep 0.02
	done
	sleep "$(awk -v ms="$delay" 'BEGIN { printf "%.3f", ms / 1000 }')"
	where="$milestone (+$delay)"
	if kill -0 "$pid" 2>/dev/null; then
		kill -9 "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
		landed=$((landed + 1))
	else
		wait "$pid" 2>/dev/null || true
		where="finished before the kill"
	fi
	restarts=0; ok=0
	while [[ $restarts -lt 3 ]]; do
		restarts=$((restarts + 1))
		echo "--- restart $restarts" >> "$dir/console.log"
		start_run "$dir"; pid=$PID
		if wait "$pid"; then ok=1; break; fi
	done
	tried=$((tried + 1))
	outcome=""
	if [[ $ok -ne 1 ]]; then
		outcome="DID NOT COMPLETE after $restarts restarts (see $dir/console.log)"
	else
		collect "$dir"
		problems=()
		diff -q "$BASE/result/summary.json" "$dir/result/summary.json" >/dev/null || problems+=("summary.json differs")
		diff -q "$BASE/result/rejects.csv" "$dir/result/rejects.csv" >/dev/null || problems+=("rejects.csv differs")
		diff -q "$BASE/result/rows.txt" "$dir/result/rows.txt" >/dev/null || problems+=("stored rows differ")
		diff -q "$BASE/result/outbox.txt" "$dir/result/outbox.txt" >/dev/null || problems+=("outbox differs")
		[[ "$(cat "$dir/result/twice.txt")" == "0" ]] || problems+=("$(cat "$dir/result/twice.txt") rows stored twice")
		[[ ! -s "$dir/result/leftovers.txt" ]] || problems+=("left over: $(tr '\n' ' ' < "$dir/result/leftovers.txt")")
		[[ ! -s "$dir/result/checksums.txt" ]] || problems+=("$(head -1 "$dir/result/checksums.txt")")
		rows=$(($(wc -l < "$dir/result/rows.txt") - 1))
		lost=$(( BASE_ROWS > rows ? BASE_ROWS - rows : 0 ))
		lost_total=$((lost_total + lost))
		if [[ ${#problems[@]} -eq 0 ]]; then
			matched=$((matched + 1)); outcome="matches"
		else
			outcome="DIFFERS: ${problems[*]}"
		fi
	fi
	printf '%-6s %-36s %-9s %s\n' "$i/$POINTS" "$where" "$restarts" "$outcome"
done

echo
echo "kill points tried: $tried ($landed killed a running process; the others found it finished), matched: $matched, rows lost: $lost_total (stored rows of the uninterrupted run: $BASE_ROWS)"
echo "work folder: $WORK"
[[ $matched -eq $tried && $lost_total -eq 0 ]]
