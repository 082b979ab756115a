#!/usr/bin/env bash
# S3 through the aws CLI ($AWS_CLI): mb, cp (a large file goes in parts), ls, sync, presign, rm --recursive, rb, and s3api.
set -euo pipefail
: "${AWS_CLI:?AWS_CLI must name the aws CLI to test}" "${EMULATOR_URL:?EMULATOR_URL must name the emulator}"

s3() { "$AWS_CLI" --endpoint-url "$EMULATOR_URL" s3 "$@"; }
s3api() { "$AWS_CLI" --endpoint-url "$EMULATOR_URL" --output json s3api "$@"; }
field() { python3 -c "import json,sys; v=json.load(sys.stdin); print(eval('v' + sys.argv[1]))" "$1"; }
expect() { [ "$2" = "$3" ] || { echo "FAIL $1: expected '$3', got '$2'" >&2; exit 1; }; }
bucket="cli-s3-$(python3 -c 'import uuid; print(uuid.uuid4().hex[:20])')"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

s3 mb "s3://$bucket" >/dev/null
mkdir -p "$work/up/dir" "$work/down"
echo "hello" > "$work/up/a.txt"
echo "nested" > "$work/up/dir/b with space.txt"
head -c $((9 * 1024 * 1024)) /dev/urandom > "$work/up/large.bin"

# cp one file, then a large one (the CLI switches to a multipart upload past 8 MiB), and back.
s3 cp "$work/up/a.txt" "s3://$bucket/a.txt" >/dev/null
s3 cp "$work/up/large.bin" "s3://$bucket/large.bin" >/dev/null
etag=$(s3api head-object --bucket "$bucket" --key large.bin | field '["ETag"]')
case "$etag" in *-2\") ;; *) echo "FAIL large.bin should be a 2-part upload, ETag $etag" >&2; exit 1 ;; esac
s3 cp "s3://$bucket/large.bin" "$work/down/large.bin" >/dev/null
cmp "$work/up/large.bin" "$work/down/large.bin"

# sync uploads only what is missing, ls lists by prefix.
sync_out=$(s3 sync "$work/up" "s3://$bucket/synced")
case "$sync_out" in *"b with space.txt"*) ;; *) echo "FAIL sync did not upload the nested file: $sync_out" >&2; exit 1 ;; esac
expect "second sync" "$(s3 sync "$work/up" "s3://$bucket/synced")" ""
listing=$(s3 ls "s3://$bucket/synced/")
case "$listing" in *"PRE dir/"*"a.txt"*) ;; *) echo "FAIL ls: $listing" >&2; exit 1 ;; esac
expect "recursive count" "$(s3 ls --recursive "s3://$bucket/synced/" | wc -l | tr -d ' ')" "3"
s3 sync "s3://$bucket/synced" "$work/synced-down" >/dev/null
expect "synced down" "$(cat "$work/synced-down/dir/b with space.txt")" "nested"

# A presigned URL is readable by any HTTP client.
url=$(s3 presign "s3://$bucket/a.txt" --expires-in 300)
expect "presigned read" "$(python3 -c "import sys,urllib.request; print(urllib.request.urlopen(sys.argv[1]).read().decode().strip())" "$url")" "hello"

# s3api: metadata, tagging and an error.
s3api put-object --bucket "$bucket" --key meta.json --body "$work/up/a.txt" --content-type application/json --metadata owner=team >/dev/null
expect "metadata" "$(s3api head-object --bucket "$bucket" --key meta.json | field '["Metadata"]["owner"]')" "team"
s3api put-object-tagging --bucket "$bucket" --key meta.json --tagging 'TagSet=[{Key=stage,Value=ci}]'
expect "tags" "$(s3api get-object-tagging --bucket "$bucket" --key meta.json | field '["TagSet"][0]["Value"]')" "ci"
if out=$(s3api get-object --bucket "$bucket" --key absent "$work/absent" 2>&1); then echo "FAIL get of a missing key succeeded" >&2; exit 1; fi
case "$out" in *NoSuchKey*) ;; *) echo "FAIL missing key: $out" >&2; exit 1 ;; esac

# rm --recursive empties the bucket so that rb can remove it.
s3 rm --recursive "s3://$bucket" >/dev/null
expect "empty after rm" "$(s3 ls --recursive "s3://$bucket" | wc -l | tr -d ' ')" "0"
s3 rb "s3://$bucket" >/dev/null
if s3api head-bucket --bucket "$bucket" >/dev/null 2>&1; then echo "FAIL bucket still exists" >&2; exit 1; fi
echo "aws CLI S3 suite passed"
