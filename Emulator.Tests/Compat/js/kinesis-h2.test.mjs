// Kinesis through the AWS SDK for JavaScript v3, whose default handler for Kinesis speaks only HTTP/2: on an http://
// endpoint that is cleartext HTTP/2 with prior knowledge, served on the same port as HTTP/1.1.
import { test } from "node:test";
import assert from "node:assert/strict";
import http2 from "node:http2";
import {
  KinesisClient, CreateStreamCommand, ListStreamsCommand, DescribeStreamSummaryCommand, DeleteStreamCommand, PutRecordCommand,
  PutRecordsCommand, GetShardIteratorCommand, GetRecordsCommand, RegisterStreamConsumerCommand, SubscribeToShardCommand,
  SplitShardCommand, ListShardsCommand, ResourceNotFoundException,
} from "@aws-sdk/client-kinesis";
import { endpoint, unique, clientConfig } from "./emulator.mjs";

const kinesis = new KinesisClient(clientConfig);

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

test("records go in and come back over HTTP/2, with resharding lineage", async () => {
  const StreamName = unique("js-records");
  await kinesis.send(new CreateStreamCommand({ StreamName, ShardCount: 1 }));
  try {
    const put = await kinesis.send(new PutRecordCommand({ StreamName, PartitionKey: "k", Data: Buffer.from("one") }));
    const batch = await kinesis.send(new PutRecordsCommand({
      StreamName, Records: [{ PartitionKey: "k", Data: Buffer.from("two") }, { PartitionKey: "k", Data: Buffer.from("three") }],
    }));
    assert.equal(batch.FailedRecordCount, 0);
    await kinesis.send(new SplitShardCommand({ StreamName, ShardToSplit: put.ShardId, NewStartingHashKey: (2n ** 127n).toString() }));

    const { ShardIterator } = await kinesis.send(new GetShardIteratorCommand({ StreamName, ShardId: put.ShardId, ShardIteratorType: "TRIM_HORIZON" }));
    const page = await kinesis.send(new GetRecordsCommand({ ShardIterator }));
    assert.deepEqual(page.Records.map((r) => Buffer.from(r.Data).toString()), ["one", "two", "three"]);
    assert.ok(page.Records[0].ApproximateArrivalTimestamp instanceof Date);
    assert.equal(page.NextShardIterator, undefined);
    assert.deepEqual(page.ChildShards.map((c) => c.ShardId).sort(), ["shardId-000000000001", "shardId-000000000002"]);
    const { Shards } = await kinesis.send(new ListShardsCommand({ StreamName }));
    assert.equal(Shards.length, 3);

    await assert.rejects(kinesis.send(new DescribeStreamSummaryCommand({ StreamName: StreamName + "-missing" })),
      (error) => error instanceof ResourceNotFoundException && error.$metadata.httpStatusCode === 400);
    // The JavaScript SDK checks no constraints itself: the emulator's ValidationException reaches it as AWS's would.
    await assert.rejects(kinesis.send(new PutRecordCommand({ StreamName, PartitionKey: "k".repeat(257), Data: Buffer.from("x") })),
      (error) => error.name === "ValidationException" && error.$metadata.httpStatusCode === 400
        && error.message.startsWith("1 validation error detected: Value '" + "k".repeat(257) + "' at 'partitionKey'"));
  } finally {
    await kinesis.send(new DeleteStreamCommand({ StreamName }));
  }
});

test("SubscribeToShard pushes records through the SDK's event stream", async () => {
  const StreamName = unique("js-efo");
  await kinesis.send(new CreateStreamCommand({ StreamName, ShardCount: 1 }));
  try {
    const { StreamDescriptionSummary } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName }));
    const { Consumer } = await kinesis.send(new RegisterStreamConsumerCommand({ StreamARN: StreamDescriptionSummary.StreamARN, ConsumerName: "js" }));
    await kinesis.send(new PutRecordCommand({ StreamName, PartitionKey: "k", Data: Buffer.from("before") }));
    // The subscription would stay open for its five minutes: end it from this side once the records are in.
    const reading = new AbortController();
    const subscription = await kinesis.send(new SubscribeToShardCommand({
      ConsumerARN: Consumer.ConsumerARN, ShardId: "shardId-000000000000", StartingPosition: { Type: "TRIM_HORIZON" },
    }), { abortSignal: reading.signal });
    const received = [];
    setTimeout(() => kinesis.send(new PutRecordCommand({ StreamName, PartitionKey: "k", Data: Buffer.from("pushed") })), 200);
    for await (const event of subscription.EventStream) {
      if (!event.SubscribeToShardEvent) continue;
      received.push(...event.SubscribeToShardEvent.Records.map((r) => Buffer.from(r.Data).toString()));
      assert.ok(event.SubscribeToShardEvent.ContinuationSequenceNumber);
      if (received.length >= 2) break;
    }
    reading.abort();
    assert.deepEqual(received, ["before", "pushed"]);
  } finally {
    await kinesis.send(new DeleteStreamCommand({ StreamName, EnforceConsumerDeletion: true }));
  }
});

test.after(() => kinesis.destroy());
