#!/usr/bin/env bash
# SNS through an aws CLI ($AWS_CLI: v1 or Debian's v2, both speak the query protocol to SNS), with SQS queues as subscribers.
set -euo pipefail
: "${AWS_CLI:?AWS_CLI must name the aws CLI to test}" "${EMULATOR_URL:?EMULATOR_URL must name the emulator}"

sns() { "$AWS_CLI" --endpoint-url "$EMULATOR_URL" --output json sns "$@"; }
sqs() { "$AWS_CLI" --endpoint-url "$EMULATOR_URL" --output json sqs "$@"; }
field() { python3 -c "import json,sys; v=json.load(sys.stdin); print(eval('v' + sys.argv[1]))" "$1"; }
expect() { [ "$2" = "$3" ] || { echo "FAIL $1: expected '$3', got '$2'" >&2; exit 1; }; }
fails_with() { # fails_with <what> <error code> <command...>: the command must exit non-zero and name the error code
  local what=$1 code=$2 out; shift 2
  if out=$("$@" 2>&1); then echo "FAIL $what succeeded: $out" >&2; exit 1; fi
  case "$out" in *"$code"*) ;; *) echo "FAIL $what: expected $code, got: $out" >&2; exit 1 ;; esac
}
name="cli-sns-$(python3 -c 'import uuid; print(uuid.uuid4())')"
queue() { # queue <name> [attributes]: creates a queue, prints "url arn"
  local url arn
  url=$(sqs create-queue --queue-name "$1" ${2:+--attributes "$2"} | field '["QueueUrl"]')
  arn=$(sqs get-queue-attributes --queue-url "$url" --attribute-names QueueArn | field '["Attributes"]["QueueArn"]')
  echo "$url $arn"
}
receive() { sqs receive-message --queue-url "$1" --max-number-of-messages 10 --visibility-timeout 600 --attribute-names All --message-attribute-names All; }

# Topics: create is idempotent, attributes and tags.
topic=$(sns create-topic --name "$name" --attributes DisplayName=first --tags Key=team,Value=core | field '["TopicArn"]')
expect "topic arn" "$topic" "arn:aws:sns:us-east-1:000000000000:$name"
expect "create again" "$(sns create-topic --name "$name" | field '["TopicArn"]')" "$topic"
sns set-topic-attributes --topic-arn "$topic" --attribute-name DisplayName --attribute-value second
expect "display name" "$(sns get-topic-attributes --topic-arn "$topic" | field '["Attributes"]["DisplayName"]')" "second"
expect "tags" "$(sns list-tags-for-resource --resource-arn "$topic" | field '["Tags"]')" "[{'Key': 'team', 'Value': 'core'}]"
sns tag-resource --resource-arn "$topic" --tags Key=env,Value=ci
sns untag-resource --resource-arn "$topic" --tag-keys team
expect "untag" "$(sns list-tags-for-resource --resource-arn "$topic" | field '["Tags"]')" "[{'Key': 'env', 'Value': 'ci'}]"
expect "listed" "$(sns list-topics | python3 -c "import json,sys; print(any(t['TopicArn'] == '$topic' for t in json.load(sys.stdin)['Topics']))")" "True"

# An SQS subscriber receives the JSON envelope with the message attributes.
read -r url arn <<<"$(queue "$name")"
subscription=$(sns subscribe --topic-arn "$topic" --protocol sqs --notification-endpoint "$arn" --return-subscription-arn | field '["SubscriptionArn"]')
case "$subscription" in "$topic":*) ;; *) echo "FAIL subscription arn: $subscription" >&2; exit 1 ;; esac
listed=$(sns list-subscriptions-by-topic --topic-arn "$topic")
expect "subscriptions" "$(echo "$listed" | field '["Subscriptions"].__len__()')" "1"
expect "subscription endpoint" "$(echo "$listed" | field '["Subscriptions"][0]["Endpoint"]')" "$arn"
expect "subscription protocol" "$(echo "$listed" | field '["Subscriptions"][0]["Protocol"]')" "sqs"
expect "confirmed" "$(sns get-subscription-attributes --subscription-arn "$subscription" | field '["Attributes"]["PendingConfirmation"]')" "false"

message_id=$(sns publish --topic-arn "$topic" --subject "Greeting" --message 'hello & <xml> "quoted"' \
  --message-attributes '{"kind":{"DataType":"String","StringValue":"greeting"},"n":{"DataType":"Number","StringValue":"7"}}' | field '["MessageId"]')
envelope=$(receive "$url" | field '["Messages"][0]["Body"]')
echo "$envelope" | python3 -c '
import json, re, sys
e = json.load(sys.stdin)
topic, message_id, subscription, endpoint = sys.argv[1:5]
assert e["Type"] == "Notification", e
assert e["MessageId"] == message_id, e
assert e["TopicArn"] == topic, e
assert e["Subject"] == "Greeting", e
assert e["Message"] == "hello & <xml> \"quoted\"", e
assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", e["Timestamp"]), e
assert e["SignatureVersion"] == "1" and e["Signature"], e
assert e["SigningCertURL"].startswith(endpoint) and e["SigningCertURL"].endswith(".pem"), e
assert "Action=Unsubscribe" in e["UnsubscribeURL"] and subscription in e["UnsubscribeURL"], e
assert e["MessageAttributes"] == {"kind": {"Type": "String", "Value": "greeting"}, "n": {"Type": "Number", "Value": "7"}}, e
' "$topic" "$message_id" "$subscription" "$EMULATOR_URL" || { echo "FAIL envelope: $envelope" >&2; exit 1; }

# Raw delivery: the message itself, its attributes as SQS message attributes.
sns set-subscription-attributes --subscription-arn "$subscription" --attribute-name RawMessageDelivery --attribute-value true
expect "raw attribute" "$(sns get-subscription-attributes --subscription-arn "$subscription" | field '["Attributes"]["RawMessageDelivery"]')" "true"
sns publish --topic-arn "$topic" --message "raw body" --message-attributes '{"kind":{"DataType":"String","StringValue":"raw"}}' >/dev/null
raw=$(receive "$url")
expect "raw body" "$(echo "$raw" | field '["Messages"][0]["Body"]')" "raw body"
expect "raw attribute value" "$(echo "$raw" | field '["Messages"][0]["MessageAttributes"]["kind"]["StringValue"]')" "raw"

# Filter policy: a message that does not match is not delivered.
sns set-subscription-attributes --subscription-arn "$subscription" --attribute-name FilterPolicy \
  --attribute-value '{"kind":["wanted"],"n":[{"numeric":[">",5]}]}'
sns publish --topic-arn "$topic" --message "unwanted" --message-attributes '{"kind":{"DataType":"String","StringValue":"other"},"n":{"DataType":"Number","StringValue":"9"}}' >/dev/null
sns publish --topic-arn "$topic" --message "too small" --message-attributes '{"kind":{"DataType":"String","StringValue":"wanted"},"n":{"DataType":"Number","StringValue":"1"}}' >/dev/null
sns publish --topic-arn "$topic" --message "wanted" --message-attributes '{"kind":{"DataType":"String","StringValue":"wanted"},"n":{"DataType":"Number","StringValue":"6"}}' >/dev/null
filtered=$(receive "$url")
expect "filtered count" "$(echo "$filtered" | field '["Messages"].__len__()')" "1"
expect "filtered body" "$(echo "$filtered" | field '["Messages"][0]["Body"]')" "wanted"

# Filter policy on the message body.
read -r body_url body_arn <<<"$(queue "$name-body")"
sns subscribe --topic-arn "$topic" --protocol sqs --notification-endpoint "$body_arn" \
  --attributes '{"RawMessageDelivery":"true","FilterPolicyScope":"MessageBody","FilterPolicy":"{\"order\":{\"size\":[\"large\"]}}"}' >/dev/null
sns publish --topic-arn "$topic" --message '{"order":{"size":"small"}}' >/dev/null
sns publish --topic-arn "$topic" --message '{"order":{"size":"large"}}' >/dev/null
body_filtered=$(receive "$body_url")
expect "body filtered count" "$(echo "$body_filtered" | field '["Messages"].__len__()')" "1"
expect "body filtered" "$(echo "$body_filtered" | field '["Messages"][0]["Body"]')" '{"order":{"size":"large"}}'
expect "two subscriptions" "$(sns list-subscriptions-by-topic --topic-arn "$topic" | field '["Subscriptions"].__len__()')" "2"

# PublishBatch: each entry reported on its own.
batch=$(sns publish-batch --topic-arn "$topic" --publish-batch-request-entries Id=a,Message=one Id=b,Message=two)
expect "batch successful" "$(echo "$batch" | field '["Successful"].__len__()')" "2"

# A FIFO topic to a FIFO queue.
fifo=$(sns create-topic --name "$name.fifo" --attributes FifoTopic=true,ContentBasedDeduplication=true | field '["TopicArn"]')
read -r fifo_url fifo_arn <<<"$(queue "$name.fifo" FifoQueue=true)"
sns subscribe --topic-arn "$fifo" --protocol sqs --notification-endpoint "$fifo_arn" >/dev/null
first=$(sns publish --topic-arn "$fifo" --message one --message-group-id g)
case "$(echo "$first" | field '["SequenceNumber"]')" in ''|*[!0-9]*) echo "FAIL sequence number: $first" >&2; exit 1 ;; esac
sns publish --topic-arn "$fifo" --message one --message-group-id g >/dev/null
sns publish --topic-arn "$fifo" --message two --message-group-id g >/dev/null
fifo_messages=$(receive "$fifo_url")
expect "fifo deduplicated, in order" "$(echo "$fifo_messages" | python3 -c 'import json,sys; print([json.loads(m["Body"])["Message"] for m in json.load(sys.stdin)["Messages"]])')" "['one', 'two']"
expect "fifo group" "$(echo "$fifo_messages" | field '["Messages"][0]["Attributes"]["MessageGroupId"]')" "g"

# Errors: the CLI exits non-zero and names AWS's error code.
fails_with "bad topic name" InvalidParameter sns create-topic --name "bad name!"
fails_with "publish without a group to a FIFO topic" InvalidParameter sns publish --topic-arn "$fifo" --message x

sns delete-topic --topic-arn "$topic"
sns delete-topic --topic-arn "$fifo"
fails_with "deleted topic" NotFound sns get-topic-attributes --topic-arn "$topic"
fails_with "publish to deleted topic" NotFound sns publish --topic-arn "$topic" --message gone
fails_with "deleted subscription" NotFound sns get-subscription-attributes --subscription-arn "$subscription"
echo "ok: $("$AWS_CLI" --version 2>&1)"
