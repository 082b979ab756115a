#!/usr/bin/env bash
# Builds the emulator as the Dockerfile does (Native AOT), without Docker: checks the binary fits the image budget (the
# chiseled base is ~26 MB of the 100), that its --healthcheck answers, and that the compiled build serves what the
# SDKs and the dashboard need (the JavaScript SQS, S3, Kinesis and dashboard suites against it, in durable mode, which
# needs SQLite's native library beside the binary), and that a kill -9 and a restart bring the queues back.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# The AOT compiler links with clang; Debian 12 may have only clang-14 (pulled in by clang-tidy).
cc=$(command -v clang || command -v clang-14 || true)
if [ -z "$cc" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get install -y -qq clang zlib1g-dev >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq clang zlib1g-dev >/dev/null; }
  cc=$(command -v clang)
fi
[ -n "$cc" ] || { echo "Native AOT needs clang: apt-get install clang zlib1g-dev" >&2; exit 1; }
out=artifacts/image
rm -rf "$out"
dotnet publish Emulator/Emulator.csproj -c Release -r linux-x64 -p:PublishAot=true -p:CppCompilerAndLinker="$cc" -o "$out" >/dev/null
size_mb=$(( ($(stat -c %s "$out/Emulator") + $(stat -c %s "$out/libe_sqlite3.so")) / 1048576 ))
[ "$size_mb" -le 60 ] || { echo "the binary and SQLite take $size_mb MB, over the 60 MB budget" >&2; exit 1; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
start() {
  "$out/Emulator" --port "$port" --data-dir "$out/data" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 100); do "$out/Emulator" --healthcheck --port "$port" && break; sleep 0.1; done
  "$out/Emulator" --healthcheck --port "$port"
}
queues() { curl -sf "http://127.0.0.1:$port/_emulator/sqs/queues" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))'; }
start
trap 'kill $pid 2>/dev/null || true' EXIT
(cd Emulator.Tests/Compat/js && EMULATOR_URL="http://127.0.0.1:$port" node --test sqs.test.mjs s3.test.mjs kinesis-h2.test.mjs dashboard.test.mjs >/dev/null) \
  || { echo "the Native AOT build failed the JavaScript suites; rerun them against it to see which" >&2; exit 1; }
before=$(queues)
kill -9 $pid
wait $pid 2>/dev/null || true
start
after=$(queues)
[ "$before" -gt 0 ] && [ "$before" = "$after" ] || { echo "after kill -9 and a restart the data directory gave $after queues of $before" >&2; exit 1; }
echo "image build (Native AOT): $size_mb MB binary and SQLite, healthy, SDK and dashboard suites pass in durable mode, $after queues back after kill -9"
