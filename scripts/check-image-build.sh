#!/usr/bin/env bash
# Builds the emulator as the Dockerfile does (self-contained, trimmed, ReadyToRun), without Docker: checks the files fit
# the image budget (the chiseled base is ~26 MB of the 100), that the binary's --healthcheck answers, and that trimming
# left what the admin API and the SDKs need (the JavaScript SQS, S3 and dashboard suites against it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=artifacts/image
rm -rf "$out"
dotnet publish Emulator/Emulator.csproj -c Release -r linux-x64 --self-contained true -p:PublishTrimmed=true \
  -p:PublishReadyToRun=true -o "$out" >/dev/null
rm -f "$out"/*.pdb
size_mb=$(du -sm "$out" | cut -f1)
[ "$size_mb" -le 70 ] || { echo "the image's files take $size_mb MB, over the 70 MB budget" >&2; exit 1; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$out/Emulator" --port "$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do "$out/Emulator" --healthcheck --port "$port" && break; sleep 0.1; done
"$out/Emulator" --healthcheck --port "$port"
(cd Emulator.Tests/Compat/js && EMULATOR_URL="http://127.0.0.1:$port" node --test sqs.test.mjs s3.test.mjs dashboard.test.mjs >/dev/null) \
  || { echo "the trimmed build failed the JavaScript suites; rerun them against it to see which" >&2; exit 1; }
echo "image build: $size_mb MB of files, healthy, SDK and dashboard suites pass"
