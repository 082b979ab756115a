// The dashboard in a real browser: Debian's headless Chromium driven by Playwright (playwright-core, no browser
// download). Each test does what a user does — looks at a view, clicks — and asserts what the page shows. Screenshots
// of every view are kept in $SCREENSHOT_DIR (TestResults/dashboard) for CI artifacts.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { SQSClient, CreateQueueCommand, SendMessageCommand, GetQueueAttributesCommand } from "@aws-sdk/client-sqs";
import { SNSClient, CreateTopicCommand, SubscribeCommand, PublishCommand } from "@aws-sdk/client-sns";
import { KinesisClient, CreateStreamCommand, PutRecordCommand } from "@aws-sdk/client-kinesis";
import { FirehoseClient, CreateDeliveryStreamCommand, PutRecordCommand as PutFirehoseRecordCommand } from "@aws-sdk/client-firehose";
import { S3Client, CreateBucketCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { endpoint, clientConfig, unique } from "./emulator.mjs";

const screenshots = process.env.SCREENSHOT_DIR || join("..", "..", "..", "TestResults", "dashboard");
mkdirSync(screenshots, { recursive: true });
const sqs = new SQSClient(clientConfig);
const sns = new SNSClient(clientConfig);
const kinesis = new KinesisClient(clientConfig);
const firehose = new FirehoseClient(clientConfig);
const s3 = new S3Client({ ...clientConfig, forcePathStyle: true });

let browser, page;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    // Chromium's own background traffic (updates, sync, Google lookups) is refused on closed networks; none is needed.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(10000);
});
after(async () => { await browser?.close(); });

const open = async (hash) => { await page.goto(`${endpoint}/_emulator/ui${hash}`); };
const shot = async (name) => { await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true }); };
const cell = (row, count) => page.locator(`${row} [data-count="${count}"]`);

test("a queue's messages appear, and advancing the clock makes a delayed message visible", async () => {
  const QueueName = unique("dash-orders");
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName }));
  await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: "order #1 ready" }));
  await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: "order #2 later", DelaySeconds: 600 }));

  await open("#/queues");
  const row = `tr[data-queue="${QueueName}"]`;
  await page.locator(row).waitFor();
  assert.equal(await cell(row, "visible").textContent(), "1");
  assert.equal(await cell(row, "delayed").textContent(), "1");
  await shot("queues");

  await page.getByRole("link", { name: QueueName }).click();
  await page.getByText("order #1 ready").waitFor();
  const delayed = page.locator("tr", { hasText: "order #2 later" });
  assert.equal(await delayed.locator(".tag").textContent(), "delayed");
  await shot("queue-messages");

  await page.fill("#advance-seconds", "600");
  await page.click("#advance");
  await page.locator("tr", { hasText: "order #2 later" }).locator(".tag", { hasText: "visible" }).waitFor();
  assert.notEqual(await page.locator("#clock-offset").textContent(), "");

  // Browsing peeked: the messages were never received.
  const attributes = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"] }));
  assert.deepEqual([attributes.Attributes.ApproximateNumberOfMessages, attributes.Attributes.ApproximateNumberOfMessagesNotVisible], ["2", "0"]);
});

test("a topic's subscriptions are listed and each delivery appears in the delivery log", async () => {
  const Name = unique("dash-events");
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: Name }));
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name }));
  const queueArn = `arn:aws:sqs:us-east-1:000000000000:${Name}`;
  await sns.send(new SubscribeCommand({ TopicArn, Protocol: "sqs", Endpoint: queueArn, Attributes: { FilterPolicy: '{"kind":["paid"]}' } }));
  await sns.send(new SubscribeCommand({ TopicArn, Protocol: "sms", Endpoint: "+15555550100" }));
  const { MessageId } = await sns.send(new PublishCommand({ TopicArn, Message: "paid", MessageAttributes: { kind: { DataType: "String", StringValue: "paid" } } }));
  assert.ok(QueueUrl);

  await open("#/topics");
  const topic = page.locator(`section[data-topic="${TopicArn}"]`);
  await topic.getByText(queueArn).waitFor();
  await topic.getByText('{"kind":["paid"]}').waitFor();
  await shot("topics");

  await page.getByRole("link", { name: "Deliveries", exact: true }).click();
  const delivered = page.locator("tr", { hasText: MessageId }).filter({ hasText: queueArn });
  await delivered.waitFor();
  assert.equal(await delivered.locator(".outcome-delivered").textContent(), "delivered");
  await page.locator("tr", { hasText: MessageId }).filter({ hasText: "+15555550100" }).getByText("recorded").waitFor();
  await shot("deliveries");
});

test("a stream's shards and records can be browsed", async () => {
  const StreamName = unique("dash-clicks");
  await kinesis.send(new CreateStreamCommand({ StreamName, ShardCount: 1 }));
  await kinesis.send(new PutRecordCommand({ StreamName, PartitionKey: "user-7", Data: new TextEncoder().encode('{"click":"buy"}') }));

  await open("#/streams");
  await page.getByRole("link", { name: StreamName }).click();
  await page.getByRole("link", { name: "shardId-000000000000" }).click();
  const record = page.locator("tr", { hasText: "user-7" });
  await record.getByText('{"click":"buy"}').waitFor();
  await shot("stream-records");
});

test("flushing Firehose buffers delivers at once, and the object appears in its bucket", async () => {
  const Bucket = unique("dash-archive").toLowerCase().slice(0, 40);
  const DeliveryStreamName = unique("dash-archive");
  await s3.send(new CreateBucketCommand({ Bucket }));
  await s3.send(new PutObjectCommand({ Bucket, Key: "fixtures/seed.txt", Body: "seed" }));
  await firehose.send(new CreateDeliveryStreamCommand({
    DeliveryStreamName,
    ExtendedS3DestinationConfiguration: {
      RoleARN: "arn:aws:iam::000000000000:role/firehose", BucketARN: `arn:aws:s3:::${Bucket}`, Prefix: "archive/",
      BufferingHints: { SizeInMBs: 64, IntervalInSeconds: 900 },
    },
  }));
  await firehose.send(new PutFirehoseRecordCommand({ DeliveryStreamName, Record: { Data: new TextEncoder().encode("archived\n") } }));

  await open("#/firehose");
  const row = page.locator(`tr[data-delivery-stream="${DeliveryStreamName}"]`);
  await row.getByText("9 B").waitFor();
  await page.click("#flush");
  await row.getByText(`s3://${Bucket}/archive/`).waitFor();
  await shot("firehose");

  await page.getByRole("link", { name: "S3", exact: true }).click();
  await page.getByRole("link", { name: Bucket }).click();
  await page.locator("tr[data-key^='archive/']").waitFor();
  await page.locator("tr[data-key='fixtures/seed.txt']").waitFor();
  await shot("bucket");
});
