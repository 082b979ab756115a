#!/usr/bin/env bash
# SQS through an aws CLI: $AWS_CLI names the binary (v1 speaks AWS JSON 1.0, Debian's v2 the query protocol).
set -euo pipefail
: "${AWS_CLI:?AWS_CLI must name the aws CLI to test}" "${EMULATOR_URL:?EMULATOR_URL must name the emulator}"

sqs() { "$AWS_CLI" --endpoint-url "$EMULATOR_URL" --output json sqs "$@"; }
field() { python3 -c "import json,sys; v=json.load(sys.stdin); print(eval('v' + sys.argv[1]))" "$1"; }
expect() { [ "$2" = "$3" ] || { echo "FAIL $1: expected '$3', got '$2'" >&2; exit 1; }; }
name="cli-$(date +%s%N)"

url=$(sqs create-queue --queue-name "$name" --attributes VisibilityTimeout=40 --tags team=core | field '["QueueUrl"]')
expect "queue url" "$url" "$EMULATOR_URL/000000000000/$name"
expect "get-queue-url" "$(sqs get-queue-url --queue-name "$name" | field '["QueueUrl"]')" "$url"
expect "list-queues" "$(sqs list-queues --queue-name-prefix "$name" | field '["QueueUrls"][0]')" "$url"
expect "attribute" "$(sqs get-queue-attributes --queue-url "$url" --attribute-names All | field '["Attributes"]["VisibilityTimeout"]')" "40"
sqs set-queue-attributes --queue-url "$url" --attributes DelaySeconds=0,MaximumMessageSize=2048
expect "set attribute" "$(sqs get-queue-attributes --queue-url "$url" --attribute-names MaximumMessageSize | field '["Attributes"]["MaximumMessageSize"]')" "2048"
expect "tags" "$(sqs list-queue-tags --queue-url "$url" | field '["Tags"]["team"]')" "core"
sqs tag-queue --queue-url "$url" --tags env=ci
sqs untag-queue --queue-url "$url" --tag-keys team
expect "untag" "$(sqs list-queue-tags --queue-url "$url" | field '["Tags"]')" "{'env': 'ci'}"

sent=$(sqs send-message --queue-url "$url" --message-body "hello & <xml>" \
  --message-attributes '{"kind":{"DataType":"String","StringValue":"greeting"},"n":{"DataType":"Number","StringValue":"7"}}')
expect "md5 of body" "$(echo "$sent" | field '["MD5OfMessageBody"]')" "$(printf '%s' 'hello & <xml>' | md5sum | cut -d' ' -f1)"
received=$(sqs receive-message --queue-url "$url" --attribute-names All --message-attribute-names All --max-number-of-messages 10)
expect "body" "$(echo "$received" | field '["Messages"][0]["Body"]')" "hello & <xml>"
expect "attribute md5" "$(echo "$received" | field '["Messages"][0]["MD5OfMessageAttributes"]')" "$(echo "$sent" | field '["MD5OfMessageAttributes"]')"
expect "number attribute" "$(echo "$received" | field '["Messages"][0]["MessageAttributes"]["n"]["StringValue"]')" "7"
handle=$(echo "$received" | field '["Messages"][0]["ReceiptHandle"]')
sqs change-message-visibility --queue-url "$url" --receipt-handle "$handle" --visibility-timeout 0
handle=$(sqs receive-message --queue-url "$url" | field '["Messages"][0]["ReceiptHandle"]')
sqs delete-message --queue-url "$url" --receipt-handle "$handle"

batch=$(sqs send-message-batch --queue-url "$url" --entries Id=a,MessageBody=one Id=b,MessageBody=two)
expect "batch" "$(echo "$batch" | field '["Successful"].__len__()')" "2"
sqs purge-queue --queue-url "$url"
sqs purge-queue --queue-url "$url"

fifo=$(sqs create-queue --queue-name "$name.fifo" --attributes FifoQueue=true,ContentBasedDeduplication=true | field '["QueueUrl"]')
first=$(sqs send-message --queue-url "$fifo" --message-body one --message-group-id g | field '["MessageId"]')
second=$(sqs send-message --queue-url "$fifo" --message-body one --message-group-id g | field '["MessageId"]')
expect "deduplicated" "$second" "$first"
expect "fifo body" "$(sqs receive-message --queue-url "$fifo" --attribute-names All | field '["Messages"][0]["Attributes"]["MessageGroupId"]')" "g"

sqs delete-queue --queue-url "$url"
if out=$(sqs get-queue-url --queue-name "$name" 2>&1); then echo "FAIL deleted queue still found" >&2; exit 1; fi
case "$out" in *NonExistentQueue*) ;; *) echo "FAIL missing-queue error: $out" >&2; exit 1 ;; esac
echo "ok: $("$AWS_CLI" --version 2>&1)"
