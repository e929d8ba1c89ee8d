#!/bin/sh
# Builds the benchmarks jar and runs every benchmark of issue #11, then prints each library / baseline
# ratio beside its budget, and the streamed read's peak heap beside its 16 MB limit. About seven
# minutes of JMH on 2 cores when the machine is quiet (ten under heavy load), plus the build.
#   benchmarks/run.sh              all of them
#   benchmarks/run.sh -p indicators=1000    extra JMH options, given to every run
# One fork each with the GC profiler, on a fixed 2 GB heap so that the collector's sizing does not vary
# between runs, except the streaming benchmark, whose fork has a 16 MB heap (-Xmx16m, its @Fork), then
# 64 MB to show what it needs, and reports the heap in use (PeakHeapProfiler). The JSON and report benchmarks take a tenth of a second
# to a second per operation, so they get longer iterations; a streamed read of 115 MB is timed one read
# at a time. The report benchmarks warm up for 8 iterations: with 3, both the library and the baseline were
# still getting faster when measured (the baseline from 240 to 80 ms). -Djmh.ignoreLock=true: two runs on one machine do not wait for each other's JMH lock.
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q --no-transfer-progress -pl benchmarks -am package -DskipTests
mkdir -p benchmarks/target
rm -f benchmarks/target/jmh-*.json
start=$(date +%s)
jmh() {
    java -Djmh.ignoreLock=true -jar benchmarks/target/benchmarks.jar -f 1 -prof gc "$@"
}
heap="-Xms2g -Xmx2g"
jmh 'org.outturn.benchmarks.(Rating|Period)Benchmark' -jvmArgsAppend "$heap" -wi 8 -w 1s -i 5 -r 1s \
    -rf json -rff benchmarks/target/jmh-small.json "$@"
jmh 'org.outturn.benchmarks.JsonBenchmark' -jvmArgsAppend "$heap" -wi 5 -w 2s -i 5 -r 2s \
    -rf json -rff benchmarks/target/jmh-json.json "$@"
jmh 'org.outturn.benchmarks.ReportBenchmark' -jvmArgsAppend "$heap" -wi 8 -w 2s -i 4 -r 2s \
    -rf json -rff benchmarks/target/jmh-report.json "$@"
jmh 'org.outturn.benchmarks.StreamingBenchmark' -prof org.outturn.benchmarks.PeakHeapProfiler -wi 1 -i 2 \
    -rf json -rff benchmarks/target/jmh-streaming.json "$@"
# The same at 64 MB: how much heap the read needs, whether or not it completed in 16 MB (no budget).
jmh 'org.outturn.benchmarks.StreamingBenchmark' -prof org.outturn.benchmarks.PeakHeapProfiler -jvmArgsAppend -Xmx64m \
    -wi 1 -i 2 -rf json -rff benchmarks/target/jmh-streaming-64m.json "$@"
echo
echo "JMH took $(( $(date +%s) - start )) s; $(java -version 2>&1 | head -1); $(nproc) cores"
java -cp benchmarks/target/benchmarks.jar org.outturn.benchmarks.Budgets benchmarks/target/jmh-*.json
