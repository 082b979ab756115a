// The sqs-consumer library (npm) against the emulator: what its own integration scenarios check, on one queue that is
// purged before and after every test as that suite does. Time moves by the emulator's clock, not by waiting.
import { test, before, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { once } from "node:events";
import {
  SQSClient, CreateQueueCommand, DeleteQueueCommand, GetQueueAttributesCommand, PurgeQueueCommand,
  SendMessageBatchCommand,
} from "@aws-sdk/client-sqs";
import { Consumer } from "sqs-consumer";
import { endpoint, unique, advanceClock, clientConfig } from "./emulator.mjs";

const sqs = new SQSClient(clientConfig);
const createQueue = async (prefix) =>
  (await sqs.send(new CreateQueueCommand({ QueueName: unique(prefix), Attributes: { VisibilityTimeout: "30" } }))).QueueUrl;

let queueUrl;
const consumers = [];
const errors = [];

/** A consumer of the shared queue (unless options name another) that collects its errors in `errors`. */
const consumerOf = (options) => {
  const consumer = Consumer.create({ queueUrl, sqs, waitTimeSeconds: 1, ...options });
  consumer.on("error", (error) => errors.push(error));
  consumer.on("processing_error", (error) => errors.push(error));
  consumers.push(consumer);
  return consumer;
};
const send = async (...bodies) => {
  const sent = await sqs.send(new SendMessageBatchCommand({
    QueueUrl: queueUrl, Entries: bodies.map((MessageBody, i) => ({ Id: `m${i}`, MessageBody })),
  }));
  assert.equal(sent.Successful.length, bodies.length);
};
const counts = async () => {
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({
    QueueUrl: queueUrl, AttributeNames: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
  }));
  return { visible: Number(Attributes.ApproximateNumberOfMessages), inFlight: Number(Attributes.ApproximateNumberOfMessagesNotVisible) };
};
const purge = () => sqs.send(new PurgeQueueCommand({ QueueUrl: queueUrl }));
/** Stops a consumer and waits for its last receive to end, so that it cannot take the next test's messages. */
const shutDown = async (consumer) => {
  consumer.stop({ abort: true });
  while (consumer.status.isPolling) await new Promise((resolve) => setTimeout(resolve, 10));
};
/** The arguments of the consumer's next <event>, metadata last. */
const next = (consumer, event) => once(consumer, event, { signal: AbortSignal.timeout(10_000) });
/** Resolves once <event> has been emitted <times> times from now. */
const emitted = (consumer, event, times) => new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`${event} was emitted fewer than ${times} times`)), 10_000);
  let seen = 0;
  consumer.on(event, () => {
    if (++seen === times) { clearTimeout(timer); resolve(); }
  });
});

before(async () => { queueUrl = await createQueue("sqs-consumer-data"); });
beforeEach(async () => {
  errors.length = 0;
  const { $metadata } = await purge();
  assert.equal($metadata.httpStatusCode, 200);
});
afterEach(async () => {
  await Promise.all(consumers.splice(0).map(shutDown));
  await purge();
});

test("a message is consumed and deleted, with message_received and message_processed naming the queue", async () => {
  await send("msg1");
  assert.deepEqual(await counts(), { visible: 1, inFlight: 0 });
  const consumer = consumerOf({ handleMessage: async (message) => message });
  const received = next(consumer, "message_received");
  const processed = next(consumer, "message_processed");
  const responded = next(consumer, "response_processed");
  consumer.start();
  assert.equal(consumer.status.isRunning, true);

  const [message, metadata] = await received;
  assert.equal(message.Body, "msg1");
  assert.deepEqual(metadata, { queueUrl });
  const [done, doneMetadata] = await processed;
  assert.equal(done.MessageId, message.MessageId);
  assert.deepEqual(doneMetadata, { queueUrl });
  await responded;
  consumer.stop();
  assert.equal(consumer.status.isRunning, false);
  assert.deepEqual(await counts(), { visible: 0, inFlight: 0 });
  assert.deepEqual(errors, []);
});

test("several messages are consumed one at a time", async () => {
  await send("msg2", "msg3", "msg4");
  const left = [];
  const consumer = consumerOf({
    handleMessage: async (message) => {
      left.push((await counts()).visible);
      return message;
    },
  });
  const responded = emitted(consumer, "response_processed", 3);
  consumer.start();
  await responded;
  assert.deepEqual(left, [2, 1, 0]);
  assert.deepEqual(await counts(), { visible: 0, inFlight: 0 });
  assert.deepEqual(errors, []);
});

test("handleMessageBatch gets batches of up to batchSize and every message is deleted", async () => {
  await send("msg1", "msg2", "msg3", "msg4", "msg5", "msg6");
  const batches = [];
  const left = [];
  const consumer = consumerOf({
    batchSize: 5,
    handleMessageBatch: async (messages) => {
      batches.push(messages.map((message) => message.Body));
      left.push((await counts()).visible);
      return messages;
    },
  });
  const processed = emitted(consumer, "message_processed", 6);
  consumer.start();
  await processed;
  assert.deepEqual(batches.map((batch) => batch.length), [5, 1]);
  assert.deepEqual(batches.flat().sort(), ["msg1", "msg2", "msg3", "msg4", "msg5", "msg6"]);
  assert.deepEqual(left, [1, 0]);
  assert.deepEqual(await counts(), { visible: 0, inFlight: 0 });
  assert.deepEqual(errors, []);
});

test("an empty queue emits empty with the queue's metadata", async () => {
  const consumer = consumerOf({ handleMessage: async (message) => message, waitTimeSeconds: 0, pollingWaitTimeMs: 100 });
  const empty = next(consumer, "empty");
  consumer.start();
  assert.deepEqual(await empty, [{ queueUrl }]);
  assert.deepEqual(errors, []);
});

test("started and stopped carry the queue's metadata", async () => {
  const consumer = consumerOf({ handleMessage: async (message) => message });
  const started = next(consumer, "started");
  consumer.start();
  assert.deepEqual(await started, [{ queueUrl }]);
  const stopped = next(consumer, "stopped");
  consumer.stop();
  assert.deepEqual(await stopped, [{ queueUrl }]);
  assert.equal(consumer.status.isRunning, false);
});

test("a failed receive emits error with no message", async () => {
  const missing = `${endpoint}/000000000000/${unique("missing")}`;
  const consumer = consumerOf({ queueUrl: missing, handleMessage: async (message) => message });
  const failed = next(consumer, "error");
  consumer.start();
  const [error, message, metadata] = await failed;
  assert.equal(error.name, "SQSError");
  assert.equal(error.code, "QueueDoesNotExist");
  assert.equal(error.statusCode, 400);
  assert.equal(message, undefined);
  assert.deepEqual(metadata, { queueUrl: missing });
});

test("a failed delete emits error with the message", async () => {
  const doomed = await createQueue("sqs-consumer-doomed");
  await sqs.send(new SendMessageBatchCommand({ QueueUrl: doomed, Entries: [{ Id: "a", MessageBody: "for events" }] }));
  const consumer = consumerOf({
    queueUrl: doomed,
    handleMessage: async (message) => {
      await sqs.send(new DeleteQueueCommand({ QueueUrl: doomed }));
      return message;
    },
  });
  const failed = next(consumer, "error");
  consumer.start();
  const [error, message, metadata] = await failed;
  assert.equal(error.name, "SQSError");
  assert.equal(error.code, "QueueDoesNotExist");
  assert.equal(message.Body, "for events");
  assert.ok(message.MessageId);
  assert.deepEqual(metadata, { queueUrl: doomed });
});

test("a handler that throws emits processing_error and the message comes back after its visibility timeout", async () => {
  await send("fails once");
  let attempts = 0;
  const consumer = consumerOf({
    messageSystemAttributeNames: ["ApproximateReceiveCount"],
    handleMessage: async (message) => {
      if (++attempts === 1) throw new Error("handler failed");
      return message;
    },
  });
  const failed = next(consumer, "processing_error");
  consumer.start();
  const [error, message, metadata] = await failed;
  assert.match(error.message, /handler failed/);
  assert.equal(message.Body, "fails once");
  assert.deepEqual(metadata, { queueUrl });
  assert.deepEqual(await counts(), { visible: 0, inFlight: 1 });

  const processed = next(consumer, "message_processed");
  await advanceClock(30);
  const [again] = await processed;
  assert.equal(again.MessageId, message.MessageId);
  assert.equal(again.Attributes.ApproximateReceiveCount, "2");
  assert.deepEqual(await counts(), { visible: 0, inFlight: 0 });
  assert.deepEqual(errors, [error]);
});

test("stop waits for the messages in flight before it emits stopped", async () => {
  await send("msg1", "msg2", "msg3");
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  const processed = [];
  const consumer = consumerOf({
    batchSize: 10,
    pollingCompleteWaitTimeMs: 5000,
    handleMessage: async (message) => {
      await released;
      return message;
    },
  });
  consumer.on("message_processed", (message) => processed.push(message.Body));
  const received = emitted(consumer, "message_received", 3);
  consumer.start();
  await received;

  const waiting = next(consumer, "waiting_for_polling_to_complete");
  const stopped = next(consumer, "stopped");
  consumer.stop();
  assert.equal(consumer.status.isRunning, false);
  await waiting;
  assert.deepEqual(processed, []);
  release();
  await stopped;
  assert.deepEqual(processed.sort(), ["msg1", "msg2", "msg3"]);
  assert.deepEqual(await counts(), { visible: 0, inFlight: 0 });
  assert.deepEqual(errors, []);
});
