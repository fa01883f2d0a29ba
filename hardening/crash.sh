#!/usr/bin/env bash
# Crash safety, measured (issues 8 and 15): runs the monthly job on the demo data once without
# interruption, timing its milestones, then, for each of N kill points, starts the same run in a fresh
# folder, kills it with SIGKILL (kill -9) inside one of the run's working stretches (ingestion, the
# workbook, the agency scorecards, the consolidated report, the mail dry-run, revisions to quality), at
# 20, 50 or 80 % of that stretch as the uninterrupted run timed it, starts it again (as many times as it
# takes, each restart left alone) and compares the end result with the uninterrupted run:
#   - summary.json, apart from the run id and the time it was written;
#   - the stored rows (file, sheet, line, code, value, current), and that no row is stored twice;
#   - rejects.csv, byte for byte;
#   - the mail dry-run's outbox (one message per recipient, none twice);
#   - no half-written file: no temporary file left, every file listed in SHA256SUMS matches it.
# It prints, per kill point, the stretch aimed at, the step the run was in when killed (the step after its
# last "stage" line) and the outcome, then: kill points tried, matched, rows lost.
#
#   hardening/crash.sh              20 kill points (a few minutes)
#   hardening/crash.sh --points 4   the reduced set CI runs (ingestion, workbook, scorecards, report)
#   hardening/crash.sh --points 40 --work DIR
#   hardening/crash.sh --warm       each folder first holds a completed run of 2026-09 made before
#                                   October's files arrived, so the run of 2026-10 killed and compared is
#                                   warm: it copies the rows of the files September's run read and reads
#                                   only October's (the kill points in "ingestion" fall in that copy too)
#
# Needs target/scorecard.jar (./mvnw package or verify builds it), python3, unzip and a JDK 21+.
set -euo pipefail

POINTS=20
WORK=""
WARM=0
while [[ $# -gt 0 ]]; do
	case "$1" in
		--points) POINTS="$2"; shift ;;
		--work) WORK="$2"; shift ;;
		--warm) WARM=1 ;;
		-h|--help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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

# With --warm: a completed run of 2026-09 in folder $1 over the inbox as it stood before October's files
# arrived, so that the run of 2026-10 started there next copies what it read.
prepare_warm() {
	local dir="$1"
	mkdir -p "$dir"
	if [[ ! -d "$WORK/inbox-september" ]]; then
		cp -r seeds/submissions "$WORK/inbox-september"
		rm -rf "$WORK/inbox-september/2026/2026-10"
	fi
	"$JAVA" -Xmx512m -jar "$JAR" run --period 2026-09 --reference seeds/reference --inbox "$WORK/inbox-september" \
		--out "$dir/out" --db "jdbc:h2:file:$dir/db" >>"$dir/september.log" 2>&1 \
		|| { echo "crash.sh: the run of 2026-09 in $dir failed; see $dir/september.log" >&2; exit 1; }
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
		"SELECT f.path, r.sheet_no, r.line, COALESCE(r.code, '-') AS code, COALESCE(CAST(r.value_num AS VARCHAR), '-') AS v, r.is_current
		 FROM submission_row r JOIN input_file f ON f.run_id = r.run_id AND f.file_id = r.file_id
		 WHERE r.run_id = (SELECT MAX(id) FROM run WHERE status = 'COMPLETED') ORDER BY f.path, r.sheet_no, r.line" \
		| grep -v '^(' > "$dir/result/rows.txt"
	"$JAVA" -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$dir/db" -user "" -password "" -sql \
		"SELECT COUNT(*) - COUNT(DISTINCT CAST(run_id AS VARCHAR) || '/' || CAST(file_id AS VARCHAR) || '/' || CAST(sheet_no AS VARCHAR) || '/' || CAST(line AS VARCHAR))
		 AS twice FROM submission_row WHERE run_id = (SELECT MAX(id) FROM run WHERE status = 'COMPLETED')" \
		| grep -v '^(' | sed -n 2p | tr -d ' ' > "$dir/result/twice.txt"
	# half-written files: temporary names left behind, or a listed file whose checksum fails
	( cd "$period" && find . \( -name '*.tmp' -o -name '*.part' -o -name '.*tmp*' \) -print ) > "$dir/result/leftovers.txt"
	( cd "$period" && sha256sum --quiet -c SHA256SUMS ) > "$dir/result/checksums.txt" 2>&1 || echo "SHA256SUMS check failed" >> "$dir/result/checksums.txt"
}

# 1. the uninterrupted run: the reference result, and when each milestone line appeared (ms from start)
say "uninterrupted run of 2026-10 on the demo data (seeds/)"
BASE="$WORK/base"
MILESTONE_RE='^(stage [^ ]+:|ingest:|wrote [^ ]+|mail [^ ]+ )'
declare -A AT=()
if [[ $WARM == 1 ]]; then
	say "--warm: a run of 2026-09 first in every folder, over the inbox without October's files"
	prepare_warm "$BASE"
fi
t0=$(millis)
start_run "$BASE"; pid=$PID
while kill -0 "$pid" 2>/dev/null; do
	now=$(( $(millis) - t0 ))
	while IFS= read -r m; do
		[[ -n "$m" && -z "${AT[$m]:-}" ]] && AT[$m]=$now
	done < <(grep -aoE "$MILESTONE_RE" "$BASE/console.log" 2>/dev/null || true)
	sleep 0.02
done
if ! wait "$pid"; then
	echo "crash.sh: the uninterrupted run failed; see $BASE/console.log" >&2
	exit 1
fi
DURATION=$(( $(millis) - t0 ))
collect "$BASE"
BASE_ROWS=$(($(wc -l < "$BASE/result/rows.txt") - 1))
if [[ $WARM == 1 ]]; then
	REUSED=$("$JAVA" -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$BASE/db" -user "" -password "" -sql \
		"SELECT COUNT(*) AS reused FROM input_file WHERE reused_run IS NOT NULL AND run_id = (SELECT MAX(id) FROM run WHERE status = 'COMPLETED')" \
		| grep -v '^(' | sed -n 2p | tr -d ' ')
	say "the run of 2026-10 is warm: $REUSED files copied from September's run"
	[[ "$REUSED" -gt 0 ]] || { echo "crash.sh: --warm, but the run of 2026-10 copied no file" >&2; exit 1; }
fi
say "took $DURATION ms; $BASE_ROWS stored rows; ingestion $(( ${AT["stage ingest:"]:-0} - ${AT["stage loadReference:"]:-0} )) ms, workbook $(( ${AT["wrote scorecard-2026-10.xlsx"]:-0} - ${AT["wrote rejects.csv"]:-0} )) ms, scorecards $(( ${AT["stage agencyScorecards:"]:-0} - ${AT["stage report:"]:-0} )) ms"

# 2. the kill points: stretches of the run between two milestones, taken in turn, killed at 20, 50 or
# 80 % of the stretch's length in the uninterrupted run after its first milestone appears
STRETCHES=(
	"ingestion|stage loadReference:|stage ingest:"
	"workbook|wrote rejects.csv|wrote scorecard-2026-10.xlsx"
	"scorecards|stage report:|stage agencyScorecards:"
	"report|stage writeOutputs:|stage report:"
	"mail|stage checksums:|mail VN "
	"revisions to quality|stage ingest:|stage quality:"
)
STEPS=(loadReference reuse ingest settleRevisions account rollUp results quality writeOutputs report agencyScorecards checksums)
# the step a killed run was in: the one after its last "stage" line (the mail after the last step)
step_at_kill() {
	local last
	last=$(grep -aoE '^stage [^ ]+:' "$1" | tail -1 | sed -E 's/^stage ([^:]+):/\1/')
	if [[ -z "$last" ]]; then echo "start-up or loadReference"; return; fi
	for k in "${!STEPS[@]}"; do
		if [[ "${STEPS[$k]}" == "$last" ]]; then
			if (( k + 1 < ${#STEPS[@]} )); then echo "${STEPS[$((k + 1))]}"; else echo "mail"; fi
			return
		fi
	done
	echo "after $last"
}
tried=0; landed=0; matched=0; lost_total=0
printf '\n%-6s %-62s %-9s %s\n' "point" "aimed at (killed in)" "restarts" "outcome"
for i in $(seq 1 "$POINTS"); do
	dir="$WORK/kill-$i"
	IFS='|' read -r name from to <<< "${STRETCHES[$(( (i - 1) % ${#STRETCHES[@]} ))]}"
	percent=$(( 20 + 30 * ( ( (i - 1) / ${#STRETCHES[@]} ) % 3 ) ))
	span=$(( ${AT[$to]:-0} - ${AT[$from]:-0} ))
	delay=$(( span > 0 ? span * percent / 100 : 0 ))
	[[ $WARM == 1 ]] && prepare_warm "$dir"
	start_run "$dir"; pid=$PID
	while kill -0 "$pid" 2>/dev/null && ! grep -qaF -- "$from" "$dir/console.log" 2>/dev/null; do
		sleep 0.01
	done
	sleep "$(awk -v ms="$delay" 'BEGIN { printf "%.3f", ms / 1000 }')"
	where="$name $percent % (+${delay} ms)"
	if kill -0 "$pid" 2>/dev/null; then
		kill -9 "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
		landed=$((landed + 1))
		where="$where: in $(step_at_kill "$dir/console.log")"
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
	printf '%-6s %-62s %-9s %s\n' "$i/$POINTS" "$where" "$restarts" "$outcome"
done

echo
echo "kill points tried: $tried ($landed killed a running process; the others found it finished), matched: $matched, rows lost: $lost_total (stored rows of the uninterrupted run: $BASE_ROWS)"
echo "work folder: $WORK"
[[ $matched -eq $tried && $lost_total -eq 0 ]]
