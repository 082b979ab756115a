#!/usr/bin/env bash
# Firehose through the aws CLI ($AWS_CLI): a delivery stream into S3, records put, the clock moved past the buffer
# interval, the object read back with s3 cp; tags and the errors the CLI reports.
set -euo pipefail
: "${AWS_CLI:?AWS_CLI must name the aws CLI to test}" "${EMULATOR_URL:?EMULATOR_URL must name the emulator}"

firehose() { "$AWS_CLI" --endpoint-url "$EMULATOR_URL" --output json firehose "$@"; }
s3() { "$AWS_CLI" --endpoint-url "$EMULATOR_URL" s3 "$@"; }
field() { python3 -c "import json,sys; v=json.load(sys.stdin); print(eval('v' + sys.argv[1]))" "$1"; }
expect() { [ "$2" = "$3" ] || { echo "FAIL $1: expected '$3', got '$2'" >&2; exit 1; }; }
id="$(python3 -c 'import uuid; print(uuid.uuid4().hex[:16])')"
bucket="cli-fh-$id" name="cli-fh-$id"

s3 mb "s3://$bucket" >/dev/null
firehose create-delivery-stream --delivery-stream-name "$name" --tags Key=team,Value=data \
  --extended-s3-destination-configuration "RoleARN=arn:aws:iam::000000000000:role/firehose,BucketARN=arn:aws:s3:::$bucket,Prefix=cli/,BufferingHints={SizeInMBs=1,IntervalInSeconds=60}" >/dev/null
expect "status" "$(firehose describe-delivery-stream --delivery-stream-name "$name" | field '["DeliveryStreamDescription"]["DeliveryStreamStatus"]')" "ACTIVE"
# The CLI v1 takes blob arguments as text and base64-encodes them itself.
firehose put-record --delivery-stream-name "$name" --record '{"Data":"hello "}' >/dev/null
firehose put-record-batch --delivery-stream-name "$name" --records '[{"Data":"world"}]' >/dev/null
curl -sf -X POST "$EMULATOR_URL/_emulator/clock?seconds=61" >/dev/null
for _ in $(seq 50); do key=$(s3 ls --recursive "s3://$bucket/cli/" | awk '{print $4}'); [ -n "$key" ] && break; sleep 0.1; done
expect "delivered" "$(s3 cp "s3://$bucket/$key" -)" "hello world"
expect "tags" "$(firehose list-tags-for-delivery-stream --delivery-stream-name "$name" | field '["Tags"][0]["Value"]')" "data"
if out=$(firehose describe-delivery-stream --delivery-stream-name "absent-$id" 2>&1); then echo "FAIL describe of a missing stream succeeded" >&2; exit 1; fi
case "$out" in *ResourceNotFoundException*) ;; *) echo "FAIL missing stream: $out" >&2; exit 1 ;; esac
firehose delete-delivery-stream --delivery-stream-name "$name" >/dev/null
echo "aws CLI Firehose suite passed"
