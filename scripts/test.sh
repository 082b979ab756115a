#!/usr/bin/env bash
# Runs every test: unit, end-to-end (AWSSDK.SQS over HTTP) and the compatibility suites (boto3, aws CLI v1 and v2,
# AWS SDK for JavaScript v3, the sqs-consumer library), the dashboard in headless Chromium (screenshots in
# TestResults/dashboard),
# then packs the NuGet packages and runs the samples that use them (a test project, the tool, an Aspire AppHost). Installs what a fresh machine lacks first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

js=Emulator.Tests/Compat/js
if [ -f "$js/package-lock.json" ] && { [ ! -d "$js/node_modules" ] || [ "$js/package-lock.json" -nt "$js/node_modules/.package-lock.json" ]; }; then
  (cd "$js" && npm ci --no-audit --no-fund --loglevel=error)
fi

# The aws CLI v2 from Debian speaks the SQS query protocol; the v1 on PATH speaks JSON. Both are tested. Debian's
# Chromium runs the dashboard's browser test (Playwright drives it; it downloads no browser of its own).
missing=()
[ -x /usr/bin/aws ] || missing+=(awscli)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq "${missing[@]}" >/dev/null; }
fi

dotnet test emulator.sln -c Release --logger "console;verbosity=normal" "$@"

# The packages a user installs, and a test project that takes Emulator.Testing from them as a user would. Its own
# packages folder keeps a previous build's Emulator.Testing 0.1.0 in the machine-wide cache from being used instead.
rm -rf artifacts
dotnet pack emulator.sln -c Release -o artifacts
sample=samples/InProcessTests
dotnet restore "$sample" --packages "$sample/obj/packages"
dotnet test "$sample" -c Release --no-restore --logger "console;verbosity=normal"

# The dotnet tool, installed from the same folder and started once.
dotnet tool install --tool-path artifacts/tool --add-source artifacts Emulator.Tool >/dev/null
bash scripts/check-tool.sh artifacts/tool/aws-emulator

# The Aspire hosting integration, from the same folder: an AppHost runs that tool and a worker that reaches it.
bash scripts/check-aspire.sh

# The Docker image's build (Native AOT), checked without Docker.
bash scripts/check-image-build.sh
