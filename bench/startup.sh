#!/usr/bin/env bash
# Start-up to the first /healthz 200 and idle resident memory (VmRSS) of the built program, HTTP mode, LiteDB in a
# fresh folder, against the fake Slack; median of N runs.
#   bench/startup.sh                                  # the Release build output, 5 runs, 5 s idle
#   bench/startup.sh /tmp/publish/SlackBot.dll 5 5    # e.g. a ReadyToRun publish
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/SlackBot.Benchmarks -c Release -v q >/dev/null
program="${1:-src/SlackBot/bin/Release/net10.0/SlackBot.dll}"
exec dotnet bench/SlackBot.Benchmarks/bin/Release/net10.0/SlackBot.Benchmarks.dll --startup "$program" "${2:-5}" "${3:-5}"
