#!/usr/bin/env bash
# Starts the installed aws-emulator tool on a free port, waits for its "Ready." line, asks for its health, stops it.
set -euo pipefail
tool=$1
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
"$tool" --port "$port" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do grep -q '^Ready\.$' "$log" && break; sleep 0.1; done
health=$(curl -sf "http://127.0.0.1:$port/_emulator/health")
case "$health" in
  *'"status":"running"'*) echo "aws-emulator tool: ready on port $port: $health" ;;
  *) echo "aws-emulator tool did not become healthy; its output:" >&2; cat "$log" >&2; exit 1 ;;
esac
