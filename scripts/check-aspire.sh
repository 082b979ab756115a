#!/usr/bin/env bash
# Runs samples/AspireAppHost with the aws-emulator tool installed in artifacts/tool and waits until its worker, given
# the emulator's endpoint by WithReference, has published through SNS and answered on the worker-done queue.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sample=samples/AspireAppHost
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
dotnet restore "$sample" --packages "$sample/obj/packages" >/dev/null
dotnet build "$sample" -c Release --no-restore >/dev/null
log=$(mktemp)
ASPIRE_ALLOW_UNSECURED_TRANSPORT=true AwsEmulatorPort=$port AwsEmulatorCommand="$PWD/artifacts/tool/aws-emulator" \
  dotnet run --project "$sample" -c Release --no-build --no-launch-profile -- --no-dashboard >"$log" 2>&1 &
apphost=$!
trap 'kill $apphost 2>/dev/null; wait $apphost 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 300); do
  if curl -sf "http://127.0.0.1:$port/_emulator/sqs/queues/000000000000/us-east-1/worker-done/messages" | grep -q 'order 42 placed'; then
    echo "Aspire AppHost: the worker reached the emulator on port $port through AWS_ENDPOINT_URL"
    exit 0
  fi
  sleep 0.2
done
echo "The Aspire sample's worker did not reach the emulator; the AppHost's output:" >&2
cat "$log" >&2
exit 1
