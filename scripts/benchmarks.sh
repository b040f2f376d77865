#!/usr/bin/env bash
# Builds Avance and runs every benchmark in one go (about 15 minutes on 2 cores); writes the measured
# table into docs/benchmarks.md, keeping the hand-written analysis around it.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp -Dstyle.color=never clean package -DskipTests -pl cli,benchmarks -am
touch cli/target/avance-cli.jar   # the ./avance launcher must not rebuild while it is being timed
java -cp "benchmarks/target/avance-benchmarks.jar:benchmarks/target/lib/*" cl.avance.benchmarks.Medir docs/benchmarks.md
