#!/usr/bin/env bash
# Runs the fuzz targets (Emulator.Tests/Fuzz) long: EMULATOR_FUZZ_CASES cases per target (default 100000), in rounds
# until FUZZ_MINUTES have passed (default: one round). Each target's seed is written to TestResults/fuzz-seeds.log
# before it runs, so that even a run that kills the process can be replayed:
#   EMULATOR_FUZZ_REPLAY=seed,gamma[,size] dotnet test Emulator.Tests -c Release --filter 'FullyQualifiedName~Fuzz.<Class>'
# (FsCheck's failure message names the failing case's own seed and size; replaying that one runs it first).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export EMULATOR_FUZZ_CASES="${EMULATOR_FUZZ_CASES:-100000}"
minutes="${FUZZ_MINUTES:-0}"
mkdir -p TestResults
export EMULATOR_FUZZ_SEEDS="$PWD/TestResults/fuzz-seeds.log"
: > "$EMULATOR_FUZZ_SEEDS"

dotnet build Emulator.Tests -c Release -v quiet -nologo
deadline=$(( $(date +%s) + minutes * 60 ))
round=1
while true; do
  echo "fuzz round $round: $EMULATOR_FUZZ_CASES cases per target"
  if ! dotnet test Emulator.Tests -c Release --no-build --filter 'FullyQualifiedName~Emulator.Tests.Fuzz' \
      --blame-hang-timeout 10m --blame-hang-dump-type none --logger "console;verbosity=normal"; then
    echo "A fuzz target failed or the test process died; the seeds of the targets that ran:" >&2
    cat "$EMULATOR_FUZZ_SEEDS" >&2
    exit 1
  fi
  [ "$(date +%s)" -lt "$deadline" ] || break
  round=$((round + 1))
done
echo "fuzzing passed: $(wc -l < "$EMULATOR_FUZZ_SEEDS") target runs of $EMULATOR_FUZZ_CASES cases"
