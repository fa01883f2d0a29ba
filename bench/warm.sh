#!/usr/bin/env bash
# Warm runs, measured (issue 20): a data set with 60 months of history before month m+1; month m is run
# cold, then month m+1's files are added to the inbox and m+1 is run warm on the same database (the
# files month m's run read are copied, not read again); then m+1 is run again with --cold on the same
# database for comparison. Prints each run's stage times and peak heap, and the warm / cold ratios
# (whole run and per stage), medians when --repeat > 1.
#
#   bench/warm.sh --quick        about 100,000 rows of history (200 agencies x 12 indicators x 61 months)
#   bench/warm.sh                about 1,000,000 rows (1,000 agencies x 23 indicators x 61 months)
#   bench/warm.sh --repeat 3     every measurement 3 times (each repeat starts from a fresh database)
#   bench/warm.sh --postgres     the same three runs on PostgreSQL (127.0.0.1:5432, database test, user
#                                postgres), in a fresh schema bench_warm_PID_RANDOM_N per repeat, dropped after it
#
# Options: --quick, --repeat N, --postgres, --heap SIZE (the runs' -Xmx, default 512m), --work DIR (default target/bench-warm; the data set is kept
# and reused when generated with the same parameters), -h|--help.
set -euo pipefail

QUICK=0
POSTGRES=0
HEAP=512m
REPEAT=1
WORK=""
while [[ $# -gt 0 ]]; do
	case "$1" in
		--quick) QUICK=1 ;;
		--postgres) POSTGRES=1 ;;
		--heap) HEAP="${2:?--heap needs a size such as 256m}"; shift ;;
		--repeat) REPEAT="${2:?--repeat needs a number}"; shift ;;
		--work) WORK="${2:?--work needs a folder}"; shift ;;
		-h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
		*) echo "bench/warm.sh: unknown option '$1'" >&2; exit 2 ;;
	esac
	shift
done
[[ "$REPEAT" =~ ^[1-9][0-9]*$ ]] || { echo "bench/warm.sh: --repeat must be a whole number from 1" >&2; exit 2; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
WORK="${WORK:-$ROOT/target/bench-warm}"
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
JDK_BIN=""
for candidate in /usr/lib/jvm/temurin-25-jdk-amd64/bin $(ls -d /usr/lib/jvm/*/bin 2>/dev/null | sort -rV); do
	if [[ -x "$candidate/java" ]]; then JDK_BIN="$candidate"; break; fi
done
JAVA="${JDK_BIN:+$JDK_BIN/}java"
say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

if [[ $QUICK == 1 ]]; then AGENCIES=200; INDICATORS=12; else AGENCIES=1000; INDICATORS=23; fi
MONTH=2026-10
NEXT=2026-11
PARAMS="--agencies $AGENCIES --indicators $INDICATORS --months 61 --end-period $NEXT --seed 1 --xlsx-share 0.05 --fault-share 0.001"

say "building target/scorecard.jar (./mvnw -q -DskipTests package)"
./mvnw -q -DskipTests package
JAR="$ROOT/target/scorecard.jar"

DATA="$WORK/data"
if [[ "$(cat "$DATA/params" 2>/dev/null)" != "$PARAMS" ]]; then
	rm -rf "$DATA"
	say "generating: scorecard generate $PARAMS"
	"$JAVA" -Xmx256m -jar "$JAR" generate $PARAMS --out "$DATA" | grep -E '^(files|rows):'
	echo "$PARAMS" > "$DATA/params"
else
	say "reusing the data set in $DATA ($PARAMS)"
fi

# PostgreSQL: a fresh schema per repeat (CREATE SCHEMA, never one that exists: the server may be shared)
PG_SCHEMA=""
pg() { PGCONNECT_TIMEOUT=5 PGOPTIONS="-c client_min_messages=warning" psql -X -q -w -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres -d test -At "$@"; }
pg_drop() { if [[ -n "$PG_SCHEMA" ]]; then pg -c "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE" || say "could not drop $PG_SCHEMA"; PG_SCHEMA=""; fi; }
trap pg_drop EXIT
DB_ARGS=()

# one run: label, period, extra options; its console in $OUT/LABEL.log; prints its wall time
run() {
	local label="$1" period="$2"; shift 2
	local t0 t1
	t0=$(date +%s.%N)
	"$JAVA" "-Xmx$HEAP" "-Xlog:gc:file=$OUT/$label.gc" -jar "$JAR" run --period "$period" --reference "$DATA/reference" --inbox "$INBOX" --out "$OUT" "${DB_ARGS[@]}" "$@" \
		> "$OUT/$label.log" 2>&1 || { echo "bench/warm.sh: the $label run failed; see $OUT/$label.log" >&2; exit 1; }
	t1=$(date +%s.%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }' > "$OUT/$label.wall"
}

# "stage NAME: S s, peak heap H MB" lines of a run's console: NAME S H
stages() { grep -aoE '^stage [A-Za-z]+: [0-9.]+ s, peak heap [0-9]+ MB' "$1" | sed -E 's/^stage ([A-Za-z]+): ([0-9.]+) s, peak heap ([0-9]+) MB/\1 \2 \3/'; }

for r in $(seq 1 "$REPEAT"); do
	OUT="$WORK/runs/$r"
	INBOX="$WORK/runs/$r-inbox"
	rm -rf "$OUT" "$INBOX"
	mkdir -p "$OUT"
	cp -r "$DATA/submissions" "$INBOX"
	if [[ $POSTGRES == 1 ]]; then
		pg_drop
		PG_SCHEMA="bench_warm_$$_${RANDOM}_$r"
		pg -c "CREATE SCHEMA $PG_SCHEMA"
		DB_ARGS=(--db "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$PG_SCHEMA")
		export SCORECARD_DB_USER=postgres
	fi
	mv "$INBOX/${NEXT:0:4}/$NEXT" "$WORK/runs/$r-next"
	say "repeat $r: $MONTH cold (60 months of history)"
	run cold-m "$MONTH"
	mv "$WORK/runs/$r-next" "$INBOX/${NEXT:0:4}/$NEXT"
	say "repeat $r: $NEXT's files added; $NEXT warm"
	run warm "$NEXT"
	say "repeat $r: $NEXT again, --cold, on the same database"
	run cold "$NEXT" --cold
	for label in cold-m warm cold; do
		stages "$OUT/$label.log" > "$OUT/$label.stages"
	done
	pg_drop
done

# medians over the repeats
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
wall() { for r in $(seq 1 "$REPEAT"); do cat "$WORK/runs/$r/$1.wall"; echo; done | median; }
stage() { for r in $(seq 1 "$REPEAT"); do awk -v s="$2" '$1 == s { print $2 }' "$WORK/runs/$r/$1.stages"; done | median; }
# the largest heap left after a young, mixed or full collection: what the run really keeps (the "peak heap"
# of the stage lines is the sum of the pools' peaks, garbage included, and follows the collector's sizing)
# (a pause whose evacuation failed leaves what it could not move, garbage included: such pauses are left out)
live() { for r in $(seq 1 "$REPEAT"); do grep -aE 'Pause (Young|Mixed|Full)' "$WORK/runs/$r/$1.gc" | grep -av 'Evacuation Failure' \
	| sed -nE 's/.* [0-9]+M->([0-9]+)M\([0-9]+M\).*/\1/p' | sort -n | tail -1; done | median; }
# the largest heap left after a full collection: the live objects alone, measured where the heap was full
# (a small --heap makes full collections frequent; "-" where there was none)
full() { for r in $(seq 1 "$REPEAT"); do grep -aE 'Pause Full' "$WORK/runs/$r/$1.gc" \
	| sed -nE 's/.* [0-9]+M->([0-9]+)M\([0-9]+M\).*/\1/p' | sort -n | tail -1; done | median; }
heap() { for r in $(seq 1 "$REPEAT"); do awk 'BEGIN { m = 0 } $3 > m { m = $3 } END { print m }' "$WORK/runs/$r/$1.stages"; done | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0 && a != "-") printf "%.2fx", a / b; else print "-" }'; }

ROWS="$(grep -E '^rows:' "$WORK/runs/1/cold.log" 2>/dev/null || true)"
echo
echo "Warm runs on $([[ $POSTGRES == 1 ]] && echo PostgreSQL || echo H2): $AGENCIES agencies x $INDICATORS indicators, 61 months ($MONTH cold, then $NEXT), $(nproc) CPUs, -Xmx$HEAP, medians of $REPEAT"
printf '%-20s %12s %12s %12s %10s\n' "stage (seconds)" "$MONTH cold" "$NEXT warm" "$NEXT cold" "warm/cold"
for s in loadReference reuse ingest settleRevisions account rollUp results quality writeOutputs report agencyScorecards checksums; do
	w="$(stage warm "$s")"; c="$(stage cold "$s")"
	printf '%-20s %12s %12s %12s %10s\n' "$s" "$(stage cold-m "$s")" "$w" "$c" "$(ratio "$w" "$c")"
done
w="$(wall warm)"; c="$(wall cold)"
printf '%-20s %12s %12s %12s %10s\n' "whole run (wall)" "$(wall cold-m)" "$w" "$c" "$(ratio "$w" "$c")"
# the run in two parts (issue 20): what depends on the history stored (the files: reuse, ingest, revisions,
# account) and what a new month renders whatever is stored (the period's window aggregated, the workbook, the
# report and the agency scorecards); and the two PDFs of the warm run against the whole cold run: a share no
# warm run can go below while every run renders the new month's report and scorecards in full
part() { awk -v set="$2" 'BEGIN { n = split(set, s, " "); for (i = 1; i <= n; i++) want[s[i]] = 1 }
	want[$1] { t += $2 } END { printf "%.1f", t }' "$WORK/runs/$3/$1.stages"; }
partm() { for r in $(seq 1 "$REPEAT"); do part "$1" "$2" "$r"; echo; done | median; }
FILES="reuse ingest settleRevisions account"
MONTHLY="loadReference rollUp results quality writeOutputs report agencyScorecards checksums"
w="$(partm warm "$FILES")"; c="$(partm cold "$FILES")"
printf '%-20s %12s %12s %12s %10s\n' "files (4 stages)" "$(partm cold-m "$FILES")" "$w" "$c" "$(ratio "$w" "$c")"
w="$(partm warm "$MONTHLY")"; c="$(partm cold "$MONTHLY")"
printf '%-20s %12s %12s %12s %10s\n' "the month (8 stages)" "$(partm cold-m "$MONTHLY")" "$w" "$c" "$(ratio "$w" "$c")"
# the rest of the wall time: the JVM and Spring starting, the schema checked, the job launched, the database closed
outside() { for r in $(seq 1 "$REPEAT"); do awk -v a="$(cat "$WORK/runs/$r/$1.wall")" -v b="$(part "$1" "$FILES $MONTHLY" "$r")" \
	'BEGIN { printf "%.1f\n", a - b }'; done | median; }
w="$(outside warm)"; c="$(outside cold)"
printf '%-20s %12s %12s %12s %10s\n' "outside the stages" "$(outside cold-m)" "$w" "$c" "$(ratio "$w" "$c")"
p="$(partm warm "report agencyScorecards")"
printf '%-20s %12s %12s %12s %10s\n' "the two PDFs" "" "$p" "" "$(ratio "$p" "$(wall cold)")"
printf '%-20s %12s %12s %12s\n' "peak heap (MB)" "$(heap cold-m)" "$(heap warm)" "$(heap cold)"
printf '%-20s %12s %12s %12s\n' "peak live (MB)" "$(live cold-m)" "$(live warm)" "$(live cold)"
printf '%-20s %12s %12s %12s\n' "live at full GC (MB)" "$(full cold-m)" "$(full warm)" "$(full cold)"
echo "the warm run read (the rest copied): $(grep -aoE '^ingest: [0-9,]+ rows read, [0-9,]+ of [0-9,]+ files' "$WORK/runs/1/warm.log" | tail -1)"
