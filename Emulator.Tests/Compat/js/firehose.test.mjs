// Firehose through the AWS SDK for JavaScript v3: a delivery stream into S3, records put in batches, delivered when the
// buffer interval passes on the emulator's clock, and read back with the S3 client.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  FirehoseClient, CreateDeliveryStreamCommand, DescribeDeliveryStreamCommand, PutRecordBatchCommand, ListDeliveryStreamsCommand,
  DeleteDeliveryStreamCommand, ResourceNotFoundException,
} from "@aws-sdk/client-firehose";
import { S3Client, CreateBucketCommand, ListObjectsV2Command, GetObjectCommand } from "@aws-sdk/client-s3";
import { unique, clientConfig, advanceClock } from "./emulator.mjs";

const firehose = new FirehoseClient(clientConfig);
const s3 = new S3Client({ ...clientConfig, forcePathStyle: true });

const waitFor = async (find, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

test("records put in batches arrive in S3 as one object once the interval passes", async () => {
  const Bucket = unique("js-fh").toLowerCase().slice(0, 40);
  await s3.send(new CreateBucketCommand({ Bucket }));
  const DeliveryStreamName = unique("js-fh");
  await firehose.send(new CreateDeliveryStreamCommand({
    DeliveryStreamName,
    ExtendedS3DestinationConfiguration: {
      RoleARN: "arn:aws:iam::000000000000:role/firehose", BucketARN: `arn:aws:s3:::${Bucket}`, Prefix: "js/",
      BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 60 },
    },
  }));
  const described = await firehose.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName }));
  assert.equal(described.DeliveryStreamDescription.DeliveryStreamStatus, "ACTIVE");
  const listed = await firehose.send(new ListDeliveryStreamsCommand({ Limit: 10000 }));
  assert.ok(listed.DeliveryStreamNames.includes(DeliveryStreamName));

  const records = Array.from({ length: 500 }, (_, i) => ({ Data: new TextEncoder().encode(`{"n":${i}}\n`) }));
  for (let round = 0; round < 3; round++) {
    const put = await firehose.send(new PutRecordBatchCommand({ DeliveryStreamName, Records: records }));
    assert.equal(put.FailedPutCount, 0);
    assert.equal(put.RequestResponses.length, 500);
  }
  await advanceClock(61);
  const objects = await waitFor(async () => (await s3.send(new ListObjectsV2Command({ Bucket, Prefix: "js/" }))).Contents);
  assert.equal(objects.length, 1);
  const body = await (await s3.send(new GetObjectCommand({ Bucket, Key: objects[0].Key }))).Body.transformToString();
  assert.equal(body.split("\n").filter(Boolean).length, 1500);
  assert.ok(body.startsWith('{"n":0}\n{"n":1}\n'));

  await firehose.send(new DeleteDeliveryStreamCommand({ DeliveryStreamName }));
  await assert.rejects(firehose.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName })), (e) => e instanceof ResourceNotFoundException);
});
