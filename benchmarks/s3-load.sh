#!/usr/bin/env bash
# S3 PutObject and GetObject of 1 KiB and 1 MiB objects, replayed by wrk against the emulator and, in the same run,
# against the S3 ceiling (benchmarks/s3: Kestrel reading the upload / writing the bytes, nothing else). Prints one
# markdown row per server and scenario; the ratio to the ceiling is the figure that counts.
#   usage: benchmarks/s3-load.sh [scenario...]   (s3-put-1k s3-put-1m s3-get-1k s3-get-1m; default all)
# Environment: BENCH_CONCURRENCY (default "16"), BENCH_DURATION seconds (8), BENCH_PORT (15110).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install -y wrk)" >&2; exit 2; }
scenarios="${*:-s3-put-1k s3-put-1m s3-get-1k s3-get-1m}"
concurrency="${BENCH_CONCURRENCY:-16}"
duration="${BENCH_DURATION:-8}"
port="${BENCH_PORT:-15110}"
url="http://127.0.0.1:$port"

work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
dotnet publish "$repo/Emulator" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/emulator" >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log"; exit 1; }
dotnet publish "$repo/benchmarks/s3/Ceiling.csproj" -c Release -o "$work/ceiling" >"$work/publish-ceiling.log" 2>&1 \
  || { cat "$work/publish-ceiling.log"; exit 1; }
head -c 1024 /dev/urandom > "$work/1k"
head -c 1048576 /dev/urandom > "$work/1m"

start() { # start <command...>: runs a server on $port and waits until it answers
  "$@" --urls "$url" >"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 100); do curl -s -o /dev/null "$url/" && return; sleep 0.1; done
  echo "server did not start: $(cat "$work/server.log")" >&2; exit 1
}
stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }

echo "| server | scenario | connections | requests/s | MB/s | p50 ms | p99 ms | server cores |"
echo "|---|---|---|---|---|---|---|---|"
for name in emulator ceiling; do
  if [ "$name" = emulator ]; then start dotnet "$work/emulator/Emulator.dll"; else start dotnet "$work/ceiling/Ceiling.dll"; fi
  # The emulator serves the objects the GETs read; the ceiling makes up as many bytes as the path's last segment says.
  curl -sf -X PUT "$url/bench" -o /dev/null || true
  curl -sf -X PUT --data-binary "@$work/1k" "$url/bench/1024" -o /dev/null || true
  curl -sf -X PUT --data-binary "@$work/1m" "$url/bench/1048576" -o /dev/null || true
  for scenario in $scenarios; do
    case "$scenario" in
      s3-put-1k) script=put.lua path=/bench/put-1024 body="$work/1k" ;;
      s3-put-1m) script=put.lua path=/bench/put-1048576 body="$work/1m" ;;
      s3-get-1k) script=get.lua path=/bench/1024 body="" ;;
      s3-get-1m) script=get.lua path=/bench/1048576 body="" ;;
      *) echo "unknown scenario $scenario" >&2; exit 2 ;;
    esac
    for c in $concurrency; do
      before=$(awk '{print $14 + $15}' "/proc/$server/stat")
      out=$(WRK_PATH="$path" WRK_BODY_FILE="$body" wrk -t1 -c "$c" -d "${duration}s" --latency -s "$repo/benchmarks/s3/$script" "$url")
      after=$(awk '{print $14 + $15}' "/proc/$server/stat")
      rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
      p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
      p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
      errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out")
      bytes=$( [ "${scenario%-*}" = s3-put ] && stat -c %s "$body" || echo "${path##*/}" )
      mbps=$(awk -v r="$rps" -v b="$bytes" 'BEGIN {printf "%.0f", r * b / 1e6}')
      cores=$(awk -v a="$after" -v b="$before" -v d="$duration" -v t="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", (a - b) / t / d}')
      to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0; else printf "%.2f", v * 1000 }'; }
      echo "| $name | $scenario | $c | $rps | $mbps | $(to_ms "$p50") | $(to_ms "$p99") | $cores |${errors:+ $errors}"
    done
  done
  stop
done
