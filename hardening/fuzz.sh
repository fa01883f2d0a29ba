#!/usr/bin/env bash
# A longer fuzzing run by hand than the build's 20 s per target: Jazzer's own driver on the same fuzz
# tests (src/test/java/org/scorecard/fuzz), each target for SECONDS (default 300), keeping its corpus
# in target/fuzz-corpus/<target>. It prints libFuzzer's figures (executions, coverage) and stops a
# target at its first finding, leaving the input that caused it in target/fuzz-findings/.
#
#   hardening/fuzz.sh          300 s per target
#   hardening/fuzz.sh 3600     an hour per target
set -euo pipefail
SECONDS_PER_TARGET="${1:-300}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JAVA=java
for candidate in /usr/lib/jvm/temurin-25-jdk-amd64/bin $(ls -d /usr/lib/jvm/*/bin 2>/dev/null | sort -rV); do
	if [[ -x "$candidate/java" ]] && "$candidate/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
		JAVA="$candidate/java"; break
	fi
done
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
	-Dmdep.outputFile=target/fuzz-classpath.txt
CP="target/test-classes:target/classes:$(cat target/fuzz-classpath.txt)"
mkdir -p target/fuzz-findings
failed=0
for target in CsvFuzzTests XlsxFuzzTests; do
	corpus="target/fuzz-corpus/$target"
	mkdir -p "$corpus"
	echo "=== $target: $SECONDS_PER_TARGET s"
	status=0
	"$JAVA" -XX:+EnableDynamicAgentLoading -Xmx1g -cp "$CP" com.code_intelligence.jazzer.Jazzer \
		--target_class="org.scorecard.fuzz.$target" --reproducer_path=target/fuzz-findings \
		-max_total_time="$SECONDS_PER_TARGET" -print_final_stats=1 -artifact_prefix=target/fuzz-findings/ \
		"$corpus" > "target/fuzz-$target.log" 2>&1 || status=$?
	{ grep -aE '^(#[0-9]+ +(DONE|pulse)|Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss|== Java Exception)' \
		"target/fuzz-$target.log" || true; } | tail -6
	if [[ $status -ne 0 ]]; then
		echo "$target: FINDING (exit $status); the log is target/fuzz-$target.log, the input in target/fuzz-findings/"
		failed=1
	else
		echo "$target: no finding in $SECONDS_PER_TARGET s"
	fi
done
exit $failed
