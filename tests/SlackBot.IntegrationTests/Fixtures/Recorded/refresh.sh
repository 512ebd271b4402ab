#!/usr/bin/env bash
# Refreshes the recorded Slack samples from a clone of https://github.com/slackapi/java-slack-sdk:
#
#   tests/SlackBot.IntegrationTests/Fixtures/Recorded/refresh.sh <path to java-slack-sdk> [commit]
#
# Every sample already here and under tests/SlackBot.Tests/Fixtures/Recorded is replaced by the file at the same
# path below json-logs/samples/ at that commit (default: the clone's HEAD); LICENSE is re-copied and NOTICE names the
# new commit. To add a sample, copy it to its path first. Then run the tests and read the diff.
set -euo pipefail
sdk=${1:?usage: refresh.sh <path to java-slack-sdk> [commit]}
commit=$(git -C "$sdk" rev-parse "${2:-HEAD}")
date=$(git -C "$sdk" show -s --format=%cs "$commit")
repo=$(cd "$(dirname "$0")/../../../.." && pwd)

for root in "$repo/tests/SlackBot.IntegrationTests/Fixtures/Recorded" "$repo/tests/SlackBot.Tests/Fixtures/Recorded"; do
  (cd "$root" && find . -name '*.json' | sort) | while read -r file; do
    git -C "$sdk" show "$commit:json-logs/samples/${file#./}" > "$root/$file"
  done
  git -C "$sdk" show "$commit:LICENSE" > "$root/LICENSE"
  sed -i.bak "s/^  commit .*/  commit      $commit ($date)/" "$root/NOTICE" && rm "$root/NOTICE.bak"
done
echo "Refreshed from slackapi/java-slack-sdk@$commit; now run: dotnet test SlackBot.sln"
