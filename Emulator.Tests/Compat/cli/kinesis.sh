#!/usr/bin/env bash
# Kinesis Data Streams through an aws CLI (AWS JSON 1.1): $AWS_CLI names the binary, v1 or v2.
set -euo pipefail
: "${AWS_CLI:?AWS_CLI must name the aws CLI to test}" "${EMULATOR_URL:?EMULATOR_URL must name the emulator}"

binary=()
# v2 reads blob arguments as base64 unless told otherwise; v1 takes them raw.
if "$AWS_CLI" --version 2>&1 | grep -q "aws-cli/2"; then binary=(--cli-binary-format raw-in-base64-out); fi
kinesis() { "$AWS_CLI" --endpoint-url "$EMULATOR_URL" --output json "${binary[@]}" kinesis "$@"; }
field() { python3 -c "import json,sys; v=json.load(sys.stdin); print(eval('v' + sys.argv[1]))" "$1"; }
count() { python3 -c "import json,sys; print(len(json.load(sys.stdin)[sys.argv[1]]))" "$1"; }
expect() { [ "$2" = "$3" ] || { echo "FAIL $1: expected '$3', got '$2'" >&2; exit 1; }; }
name="cli-$(date +%s%N)"

kinesis create-stream --stream-name "$name" --shard-count 2
expect "status" "$(kinesis describe-stream-summary --stream-name "$name" | field '["StreamDescriptionSummary"]["StreamStatus"]')" "ACTIVE"
expect "shards" "$(kinesis list-shards --stream-name "$name" | count Shards)" "2"

put=$(kinesis put-record --stream-name "$name" --partition-key user-1 --data "hello kinesis")
shard=$(echo "$put" | field '["ShardId"]')
sequence=$(echo "$put" | field '["SequenceNumber"]')
kinesis put-records --stream-name "$name" --records PartitionKey=user-1,Data=second PartitionKey=user-1,Data=third >/dev/null
iterator=$(kinesis get-shard-iterator --stream-name "$name" --shard-id "$shard" --shard-iterator-type AT_SEQUENCE_NUMBER \
  --starting-sequence-number "$sequence" | field '["ShardIterator"]')
records=$(kinesis get-records --shard-iterator "$iterator")
data=$(echo "$records" | python3 -c "import json,sys,base64; print(','.join(base64.b64decode(r['Data']).decode() for r in json.load(sys.stdin)['Records']))")
expect "records" "$data" "hello kinesis,second,third"

kinesis add-tags-to-stream --stream-name "$name" --tags team=data
expect "tags" "$(kinesis list-tags-for-stream --stream-name "$name" | field '["Tags"][0]["Value"]')" "data"
kinesis split-shard --stream-name "$name" --shard-to-split shardId-000000000000 --new-starting-hash-key 85070591730234615865843651857942052864
expect "after split" "$(kinesis list-shards --stream-name "$name" --shard-filter Type=AT_LATEST | count Shards)" "3"

if kinesis describe-stream --stream-name "missing-$name" 2>/tmp/kinesis-cli-error; then echo "FAIL missing stream accepted" >&2; exit 1; fi
grep -q ResourceNotFoundException /tmp/kinesis-cli-error || { echo "FAIL missing stream error: $(cat /tmp/kinesis-cli-error)" >&2; exit 1; }

kinesis delete-stream --stream-name "$name"
echo "kinesis CLI checks passed with $("$AWS_CLI" --version 2>&1)"
