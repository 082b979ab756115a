-- GETs WRK_PATH on every request, signed with a dummy SigV4 header as SDKs send it.
wrk.method = "GET"
wrk.path = os.getenv("WRK_PATH")
wrk.headers["x-amz-content-sha256"] = "UNSIGNED-PAYLOAD"
wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=0"
wrk.headers["X-Amz-Date"] = "20260101T000000Z"
