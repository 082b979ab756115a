// Kinesis through the AWS SDK for JavaScript v3, whose default handler for Kinesis speaks only HTTP/2: on an http://
// endpoint that is cleartext HTTP/2 with prior knowledge, served on the same port as HTTP/1.1.
import { test } from "node:test";
import assert from "node:assert/strict";
import http2 from "node:http2";
import {
  KinesisClient, CreateStreamCommand, ListStreamsCommand, DescribeStreamSummaryCommand, DeleteStreamCommand,
} from "@aws-sdk/client-kinesis";

const endpoint = process.env.EMULATOR_URL;
assert.ok(endpoint, "EMULATOR_URL must name the emulator");
const kinesis = new KinesisClient({
  endpoint, region: "us-east-1", maxAttempts: 1,
  credentials: { accessKeyId: "test", secretAccessKey: "test" },
});
const unique = (prefix) => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e9)}`;

test("node's http2 client gets the health check with prior knowledge", async () => {
  const session = http2.connect(endpoint);
  try {
    const status = await new Promise((resolve, reject) => {
      const request = session.request({ ":path": "/_emulator/health" });
      request.on("response", (headers) => resolve(headers[":status"]));
      request.on("error", reject);
      request.end();
    });
    assert.equal(status, 200);
  } finally {
    session.close();
  }
});

test("the Kinesis client's default HTTP/2 handler creates, lists and describes a stream", async () => {
  assert.equal(kinesis.config.requestHandler.constructor.name, "NodeHttp2Handler");
  const StreamName = unique("js-h2");
  await kinesis.send(new CreateStreamCommand({ StreamName, ShardCount: 2 }));
  try {
    const listed = await kinesis.send(new ListStreamsCommand({}));
    assert.ok(listed.StreamNames.includes(StreamName));
    const { StreamDescriptionSummary } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName }));
    assert.equal(StreamDescriptionSummary.OpenShardCount, 2);
  } finally {
    await kinesis.send(new DeleteStreamCommand({ StreamName }));
  }
});

test.after(() => kinesis.destroy());
