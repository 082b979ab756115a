#!/usr/bin/env bash
# Load test over HTTP: publishes a Release build of the emulator and measures it side by side with a bare Kestrel
# app answering canned responses (the "ceiling"), using the team's load harness.
#   usage: benchmarks/load.sh [harness scenario...]       (default: sqs-send sqs-send-batch sqs-drain wrk-sqs-send sns-fanout)
# Environment: BENCH_DIR (the harness, default ../shared/bench beside this repository), and every BENCH_* knob of the
# harness (BENCH_CONCURRENCY, BENCH_DURATION, BENCH_PROTOCOLS="json query", ...). Needs wrk for the wrk-* scenarios.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
harness="${BENCH_DIR:-$repo/../shared/bench}"
[ -x "$harness/compare.sh" ] || { echo "load harness not found at $harness (set BENCH_DIR)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$harness" "$work/bench"
dotnet publish "$repo/Emulator" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/emulator" >"$work/publish.log" 2>&1 || { cat "$work/publish.log"; exit 1; }

export EMULATOR_CMD="dotnet $work/emulator/Emulator.dll --urls http://127.0.0.1:{PORT}"
export BENCH_PROTOCOLS="${BENCH_PROTOCOLS:-json query}"
export BENCH_SCENARIOS="${BENCH_SCENARIOS:-${*:-sqs-send sqs-send-batch sqs-drain wrk-sqs-send sns-fanout}}"
export BENCH_RESULTS="${BENCH_RESULTS:-$repo/benchmarks/.results/$(date +%Y%m%d-%H%M%S)}"
"$work/bench/compare.sh" emulator ceiling
