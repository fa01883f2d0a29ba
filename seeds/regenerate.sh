#!/usr/bin/env bash
# Regenerates seeds/ (the demo data and its README) with the generator in src/test/java/org/scorecard/demo
# (test code: it does not ship in the product). Fixed random seeds: the files come out byte for byte the
# same, which DemoSeedsTests checks in every build.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
classpath="$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
jdk=""
for candidate in /usr/lib/jvm/temurin-25-jdk-amd64/bin $(ls -d /usr/lib/jvm/*/bin 2>/dev/null | sort -rV); do
	if [[ -x "$candidate/java" ]] && "$candidate/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
		jdk="$candidate/"; break
	fi
done
"${jdk}java" -cp "target/test-classes:target/classes:$classpath" org.scorecard.demo.DemoSeeds seeds
