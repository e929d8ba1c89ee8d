#!/bin/sh
# Builds the benchmarks jar and runs every benchmark of issue #11 with the GC profiler, then prints each
# library / baseline ratio beside its budget. About three and a half minutes on 2 cores.
#   benchmarks/run.sh              all of them
#   benchmarks/run.sh -p indicators=1000    extra JMH options, given to every run
# One fork each, on a fixed 2 GB heap so that the collector's sizing does not vary between runs; the
# JSON benchmarks take a quarter to one second per operation, so they get longer iterations.
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q --no-transfer-progress -pl benchmarks -am package -DskipTests
mkdir -p benchmarks/target
rm -f benchmarks/target/jmh-*.json
start=$(date +%s)
jmh() {
    java -jar benchmarks/target/benchmarks.jar -f 1 -jvmArgsAppend "-Xms2g -Xmx2g" -prof gc "$@"
}
jmh 'org.outturn.benchmarks.(Rating|Period)Benchmark' -wi 8 -w 1s -i 5 -r 1s \
    -rf json -rff benchmarks/target/jmh-small.json "$@"
jmh 'org.outturn.benchmarks.JsonBenchmark' -wi 5 -w 2s -i 5 -r 2s \
    -rf json -rff benchmarks/target/jmh-json.json "$@"
echo
echo "JMH took $(( $(date +%s) - start )) s; $(java -version 2>&1 | head -1); $(nproc) cores"
java -cp benchmarks/target/benchmarks.jar org.outturn.benchmarks.Budgets benchmarks/target/jmh-*.json
