// SQS through the AWS SDK for JavaScript v3, which speaks AWS JSON 1.0 and verifies every MD5 the emulator returns.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  SQSClient, CreateQueueCommand, GetQueueUrlCommand, ListQueuesCommand, DeleteQueueCommand,
  GetQueueAttributesCommand, SetQueueAttributesCommand, SendMessageCommand, SendMessageBatchCommand,
  ReceiveMessageCommand, DeleteMessageCommand, DeleteMessageBatchCommand, ChangeMessageVisibilityCommand,
  ChangeMessageVisibilityBatchCommand, PurgeQueueCommand, TagQueueCommand, UntagQueueCommand, ListQueueTagsCommand,
  AddPermissionCommand, RemovePermissionCommand, ListDeadLetterSourceQueuesCommand, StartMessageMoveTaskCommand,
  ListMessageMoveTasksCommand, QueueDoesNotExist,
} from "@aws-sdk/client-sqs";
import { endpoint, unique, advanceClock, clientConfig } from "./emulator.mjs";

const sqs = new SQSClient(clientConfig);
const createQueue = async (prefix, Attributes) =>
  (await sqs.send(new CreateQueueCommand({ QueueName: unique(prefix), Attributes }))).QueueUrl;
const arnOf = async (QueueUrl) =>
  (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["QueueArn"] }))).Attributes.QueueArn;
const receive = (QueueUrl, extra = {}) =>
  sqs.send(new ReceiveMessageCommand({
    QueueUrl, MaxNumberOfMessages: 10, MessageSystemAttributeNames: ["All"], MessageAttributeNames: ["All"], ...extra,
  }));

test("queue lifecycle, attributes and tags", async () => {
  const name = unique("js-life");
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name, tags: { team: "core" } }));
  assert.equal((await sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl, QueueUrl);
  const listed = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: name }));
  assert.deepEqual(listed.QueueUrls, [QueueUrl]);

  await sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { VisibilityTimeout: "45", DelaySeconds: "2" } }));
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["All"] }));
  assert.equal(Attributes.VisibilityTimeout, "45");
  assert.equal(Attributes.DelaySeconds, "2");
  assert.equal(Attributes.MaximumMessageSize, "1048576");

  await sqs.send(new TagQueueCommand({ QueueUrl, Tags: { env: "test" } }));
  await sqs.send(new UntagQueueCommand({ QueueUrl, TagKeys: ["team"] }));
  assert.deepEqual((await sqs.send(new ListQueueTagsCommand({ QueueUrl }))).Tags, { env: "test" });

  await sqs.send(new AddPermissionCommand({ QueueUrl, Label: "l1", AWSAccountIds: ["111122223333"], Actions: ["ReceiveMessage"] }));
  const policy = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["Policy"] }))).Attributes.Policy;
  assert.match(policy, /SQS:ReceiveMessage/);
  await sqs.send(new RemovePermissionCommand({ QueueUrl, Label: "l1" }));

  await sqs.send(new DeleteQueueCommand({ QueueUrl }));
  await assert.rejects(sqs.send(new GetQueueUrlCommand({ QueueName: name })), (error) => {
    assert.ok(error instanceof QueueDoesNotExist, `got ${error.name}`);
    return true;
  });
});

test("messages with attributes of every type, checked by the SDK's MD5 validation", async () => {
  const QueueUrl = await createQueue("js-msg");
  const sent = await sqs.send(new SendMessageCommand({
    QueueUrl, MessageBody: "héllo 🌍",
    MessageAttributes: {
      text: { DataType: "String", StringValue: "value" },
      number: { DataType: "Number", StringValue: "-12.5" },
      blob: { DataType: "Binary", BinaryValue: new Uint8Array([1, 2, 3, 254]) },
      custom: { DataType: "String.custom", StringValue: "c" },
    },
  }));
  assert.ok(sent.MD5OfMessageAttributes);
  const { Messages } = await receive(QueueUrl);
  assert.equal(Messages.length, 1);
  const [message] = Messages;
  assert.equal(message.Body, "héllo 🌍");
  assert.deepEqual([...message.MessageAttributes.blob.BinaryValue], [1, 2, 3, 254]);
  assert.equal(message.Attributes.ApproximateReceiveCount, "1");
  await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: message.ReceiptHandle }));
});

test("batches, visibility and purge", async () => {
  const QueueUrl = await createQueue("js-batch");
  const batch = await sqs.send(new SendMessageBatchCommand({
    QueueUrl,
    Entries: [
      { Id: "a", MessageBody: "one" },
      { Id: "b", MessageBody: "two", MessageAttributes: { k: { DataType: "String", StringValue: "v" } } },
      { Id: "bad", MessageBody: "\u0000" },
    ],
  }));
  assert.deepEqual(batch.Successful.map((e) => e.Id).sort(), ["a", "b"]);
  assert.equal(batch.Failed[0].Code, "InvalidMessageContents");

  const { Messages } = await receive(QueueUrl, { VisibilityTimeout: 60 });
  assert.equal(Messages.length, 2);
  const changed = await sqs.send(new ChangeMessageVisibilityBatchCommand({
    QueueUrl, Entries: Messages.map((m, i) => ({ Id: `c${i}`, ReceiptHandle: m.ReceiptHandle, VisibilityTimeout: 0 })),
  }));
  assert.equal(changed.Successful.length, 2);
  const again = await receive(QueueUrl);
  assert.equal(again.Messages.length, 2);
  await sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: again.Messages[0].ReceiptHandle, VisibilityTimeout: 100 }));
  const deleted = await sqs.send(new DeleteMessageBatchCommand({
    QueueUrl, Entries: again.Messages.map((m, i) => ({ Id: `d${i}`, ReceiptHandle: m.ReceiptHandle })),
  }));
  assert.equal(deleted.Successful.length, 2);

  await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: "to purge" }));
  await sqs.send(new PurgeQueueCommand({ QueueUrl }));
  assert.equal((await receive(QueueUrl)).Messages, undefined);
});

test("FIFO order, groups and deduplication", async () => {
  const QueueUrl = (await sqs.send(new CreateQueueCommand({
    QueueName: unique("js-fifo") + ".fifo", Attributes: { FifoQueue: "true", ContentBasedDeduplication: "true" },
  }))).QueueUrl;
  const first = await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: "1", MessageGroupId: "g" }));
  const duplicate = await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: "1", MessageGroupId: "g" }));
  await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: "2", MessageGroupId: "g" }));
  assert.equal(duplicate.MessageId, first.MessageId);
  const { Messages } = await receive(QueueUrl);
  assert.deepEqual(Messages.map((m) => m.Body), ["1", "2"]);
  assert.equal(Messages[0].Attributes.MessageGroupId, "g");
  assert.ok(BigInt(Messages[1].Attributes.SequenceNumber) > BigInt(Messages[0].Attributes.SequenceNumber));
});

test("long polling wakes up on a send", async () => {
  const QueueUrl = await createQueue("js-poll");
  const started = Date.now();
  const poll = receive(QueueUrl, { WaitTimeSeconds: 10 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: "wake" }));
  const { Messages } = await poll;
  assert.equal(Messages[0].Body, "wake");
  assert.ok(Date.now() - started < 5000);
});

test("dead-letter queue and a move task back to the source", async () => {
  const dlqUrl = await createQueue("js-dlq");
  const dlqArn = await arnOf(dlqUrl);
  const QueueUrl = await createQueue("js-src", {
    VisibilityTimeout: "5", RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 1 }),
  });
  await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: "poison" }));
  assert.equal((await receive(QueueUrl)).Messages.length, 1);
  await advanceClock(6);
  assert.equal((await receive(QueueUrl)).Messages, undefined);
  const dead = (await receive(dlqUrl, { VisibilityTimeout: 0 })).Messages;
  assert.equal(dead[0].Attributes.DeadLetterQueueSourceArn, await arnOf(QueueUrl));
  assert.deepEqual((await sqs.send(new ListDeadLetterSourceQueuesCommand({ QueueUrl: dlqUrl }))).queueUrls, [QueueUrl]);

  await sqs.send(new StartMessageMoveTaskCommand({ SourceArn: dlqArn }));
  for (let attempt = 0; attempt < 100; attempt++) {
    const [task] = (await sqs.send(new ListMessageMoveTasksCommand({ SourceArn: dlqArn }))).Results;
    if (task.Status === "COMPLETED") break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.equal((await receive(QueueUrl)).Messages[0].Body, "poison");
});
