#!/bin/sh
# Builds the benchmarks jar and runs every benchmark of issue #11 with the GC profiler, then prints each
# library / baseline ratio beside its budget. About four minutes on 2 cores.
#   benchmarks/run.sh              all of them
#   benchmarks/run.sh Rating       only the benchmarks whose name matches (a JMH regular expression)
# Extra JMH options can follow the pattern: benchmarks/run.sh Json -p indicators=1000
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q --no-transfer-progress -pl benchmarks -am package -DskipTests
mkdir -p benchmarks/target
pattern="${1:-org.outturn.benchmarks.}"
[ $# -gt 0 ] && shift
start=$(date +%s)
java -jar benchmarks/target/benchmarks.jar "$pattern" \
    -f 1 -wi 4 -w 1s -i 5 -r 1s -prof gc \
    -rf json -rff benchmarks/target/jmh-result.json "$@"
echo
echo "JMH took $(( $(date +%s) - start )) s; $(java -version 2>&1 | head -1); $(nproc) cores"
java -cp benchmarks/target/benchmarks.jar org.outturn.benchmarks.Budgets benchmarks/target/jmh-result.json
