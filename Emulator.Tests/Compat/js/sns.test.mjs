// SNS through the AWS SDK for JavaScript v3 (query protocol), with SQS queues and a local HTTP server as subscribers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { createVerify, X509Certificate } from "node:crypto";
import {
  SNSClient, CreateTopicCommand, DeleteTopicCommand, ListTopicsCommand, GetTopicAttributesCommand,
  SetTopicAttributesCommand, TagResourceCommand, UntagResourceCommand, ListTagsForResourceCommand, SubscribeCommand,
  UnsubscribeCommand, ConfirmSubscriptionCommand, ListSubscriptionsCommand, ListSubscriptionsByTopicCommand, GetSubscriptionAttributesCommand,
  SetSubscriptionAttributesCommand, PublishCommand, PublishBatchCommand, NotFoundException, InvalidParameterException,
  BatchEntryIdsNotDistinctException, TooManyEntriesInBatchRequestException, InvalidParameterValueException,
} from "@aws-sdk/client-sns";
import {
  SQSClient, CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, DeleteMessageBatchCommand,
} from "@aws-sdk/client-sqs";
import { endpoint, unique, advanceClock, clientConfig } from "./emulator.mjs";

const sns = new SNSClient(clientConfig);
const sqs = new SQSClient(clientConfig);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const createTopic = async (prefix, Attributes) =>
  (await sns.send(new CreateTopicCommand({ Name: unique(prefix), Attributes }))).TopicArn;
const createFifoTopic = async (prefix, Attributes = {}) =>
  (await sns.send(new CreateTopicCommand({ Name: unique(prefix) + ".fifo", Attributes: { FifoTopic: "true", ...Attributes } }))).TopicArn;
const createQueue = async (prefix, Attributes) => {
  const QueueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: unique(prefix), Attributes }))).QueueUrl;
  const { Attributes: { QueueArn } } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["QueueArn"] }));
  return { QueueUrl, QueueArn };
};
const subscribeQueue = async (TopicArn, queue, Attributes) =>
  (await sns.send(new SubscribeCommand({ TopicArn, Protocol: "sqs", Endpoint: queue.QueueArn, Attributes, ReturnSubscriptionArn: true })))
    .SubscriptionArn;
/** Receives up to 10 messages and deletes them, so that moving the clock never brings them back. */
const receive = async (QueueUrl) => {
  const messages = (await sqs.send(new ReceiveMessageCommand({
    QueueUrl, MaxNumberOfMessages: 10, MessageSystemAttributeNames: ["All"], MessageAttributeNames: ["All"],
  }))).Messages ?? [];
  if (messages.length > 0) {
    await sqs.send(new DeleteMessageBatchCommand({
      QueueUrl, Entries: messages.map((m, i) => ({ Id: `m${i}`, ReceiptHandle: m.ReceiptHandle })),
    }));
  }
  return messages;
};
const receiveAll = async (QueueUrl) => {
  const all = [];
  for (let batch = await receive(QueueUrl); batch.length > 0; batch = await receive(QueueUrl)) all.push(...batch);
  return all;
};
const rejectsWith = (promise, type, code, status) =>
  assert.rejects(promise, (error) => {
    assert.ok(error instanceof type, `expected ${type.name}, got ${error.name}: ${error.message}`);
    assert.equal(error.name, type.name);
    assert.equal(error.Code, code, "the error code on the wire");
    assert.equal(error.$metadata.httpStatusCode, status);
    return true;
  });

/** The string AWS signs for a Notification (SignatureVersion 1: SHA1withRSA, 2: SHA256withRSA). */
const notificationCanonical = (m) =>
  ["Message", "MessageId", ...(m.Subject !== undefined ? ["Subject"] : []), "Timestamp", "TopicArn", "Type"]
    .map((key) => `${key}\n${m[key]}\n`).join("");
const confirmationCanonical = (m) =>
  ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"].map((key) => `${key}\n${m[key]}\n`).join("");
const certificates = new Map();
const verifySignature = async (message, canonical) => {
  assert.ok(message.SigningCertURL.startsWith(endpoint), `SigningCertURL ${message.SigningCertURL} is not the emulator's`);
  if (!certificates.has(message.SigningCertURL)) {
    const response = await fetch(message.SigningCertURL);
    assert.equal(response.status, 200);
    certificates.set(message.SigningCertURL, await response.text());
  }
  const pem = certificates.get(message.SigningCertURL);
  new X509Certificate(pem); // a real certificate, not just a key
  const algorithm = message.SignatureVersion === "2" ? "RSA-SHA256" : "RSA-SHA1";
  const verifier = createVerify(algorithm);
  verifier.update(canonical, "utf8");
  return verifier.verify(pem, message.Signature, "base64");
};

test("topics: idempotent create, attributes, tags, listing and delete", async () => {
  const Name = unique("js-topic");
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name, Attributes: { DisplayName: "first" }, Tags: [{ Key: "team", Value: "core" }] }));
  assert.equal(TopicArn, `arn:aws:sns:us-east-1:000000000000:${Name}`);
  assert.equal((await sns.send(new CreateTopicCommand({ Name }))).TopicArn, TopicArn);
  assert.equal((await sns.send(new CreateTopicCommand({ Name, Attributes: { DisplayName: "first" } }))).TopicArn, TopicArn);
  await rejectsWith(sns.send(new CreateTopicCommand({ Name, Attributes: { DisplayName: "other" } })),
    InvalidParameterException, "InvalidParameter", 400);

  await sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: "DisplayName", AttributeValue: "second" }));
  const { Attributes } = await sns.send(new GetTopicAttributesCommand({ TopicArn }));
  assert.equal(Attributes.TopicArn, TopicArn);
  assert.equal(Attributes.DisplayName, "second");
  assert.equal(Attributes.Owner, "000000000000");
  assert.equal(Attributes.SubscriptionsConfirmed, "0");
  assert.equal(Attributes.SubscriptionsPending, "0");
  assert.equal(JSON.parse(Attributes.Policy).Version, "2008-10-17");
  assert.ok(JSON.parse(Attributes.EffectiveDeliveryPolicy).http);

  await sns.send(new TagResourceCommand({ ResourceArn: TopicArn, Tags: [{ Key: "env", Value: "ci" }] }));
  await sns.send(new UntagResourceCommand({ ResourceArn: TopicArn, TagKeys: ["team"] }));
  assert.deepEqual((await sns.send(new ListTagsForResourceCommand({ ResourceArn: TopicArn }))).Tags, [{ Key: "env", Value: "ci" }]);

  const listed = [];
  let NextToken;
  do {
    const page = await sns.send(new ListTopicsCommand({ NextToken }));
    listed.push(...page.Topics.map((t) => t.TopicArn));
    NextToken = page.NextToken;
  } while (NextToken);
  assert.ok(listed.includes(TopicArn));

  await sns.send(new DeleteTopicCommand({ TopicArn }));
  await rejectsWith(sns.send(new GetTopicAttributesCommand({ TopicArn })), NotFoundException, "NotFound", 404);
});

test("ListTopics pages 100 topics at a time", async () => {
  const prefix = unique("js-page");
  const mine = await Promise.all(Array.from({ length: 101 }, (_, i) =>
    sns.send(new CreateTopicCommand({ Name: `${prefix}-${i}` })).then((r) => r.TopicArn)));
  const listed = [];
  let NextToken;
  let pages = 0;
  do {
    const page = await sns.send(new ListTopicsCommand({ NextToken }));
    assert.ok(page.Topics.length <= 100);
    listed.push(...page.Topics.map((t) => t.TopicArn));
    NextToken = page.NextToken;
    pages++;
  } while (NextToken);
  assert.ok(pages >= 2);
  for (const arn of mine) assert.ok(listed.includes(arn), `${arn} not listed`);
  assert.equal(new Set(listed).size, listed.length, "a topic was listed twice");
  await Promise.all(mine.map((TopicArn) => sns.send(new DeleteTopicCommand({ TopicArn }))));
});

test("fan-out to several SQS queues in the JSON envelope, before Publish returns", async () => {
  const TopicArn = await createTopic("js-fan");
  const queues = await Promise.all([createQueue("js-fan-a"), createQueue("js-fan-b"), createQueue("js-fan-c")]);
  const subscriptions = await Promise.all(queues.map((queue) => subscribeQueue(TopicArn, queue)));
  assert.equal(await subscribeQueue(TopicArn, queues[0]), subscriptions[0], "subscribing again returns the same subscription");
  const listed = (await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn }))).Subscriptions;
  assert.deepEqual(listed.map((s) => s.SubscriptionArn).sort(), [...subscriptions].sort());
  assert.ok(listed.every((s) => s.Protocol === "sqs" && s.TopicArn === TopicArn && s.Owner === "000000000000"));
  assert.equal((await sns.send(new GetTopicAttributesCommand({ TopicArn }))).Attributes.SubscriptionsConfirmed, "3");

  const { MessageId } = await sns.send(new PublishCommand({
    TopicArn, Subject: "greeting", Message: "héllo 🌍 \"quoted\" <xml>",
    MessageAttributes: {
      text: { DataType: "String", StringValue: "value" },
      number: { DataType: "Number", StringValue: "42" },
      blob: { DataType: "Binary", BinaryValue: new Uint8Array([1, 2, 254]) },
    },
  }));
  assert.match(MessageId, /^[0-9a-f-]{36}$/);

  for (const [index, queue] of queues.entries()) {
    const messages = await receive(queue.QueueUrl);
    assert.equal(messages.length, 1);
    const envelope = JSON.parse(messages[0].Body);
    assert.equal(envelope.Type, "Notification");
    assert.equal(envelope.MessageId, MessageId);
    assert.equal(envelope.TopicArn, TopicArn);
    assert.equal(envelope.Subject, "greeting");
    assert.equal(envelope.Message, "héllo 🌍 \"quoted\" <xml>");
    assert.match(envelope.Timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(envelope.SignatureVersion, "1");
    assert.ok(envelope.Signature.length > 0);
    assert.match(envelope.SigningCertURL, /\.pem$/);
    assert.ok(envelope.UnsubscribeURL.includes("Action=Unsubscribe"));
    assert.ok(envelope.UnsubscribeURL.includes(subscriptions[index]), "UnsubscribeURL names the subscription");
    assert.deepEqual(envelope.MessageAttributes, {
      text: { Type: "String", Value: "value" },
      number: { Type: "Number", Value: "42" },
      blob: { Type: "Binary", Value: Buffer.from([1, 2, 254]).toString("base64") },
    });
    assert.ok(await verifySignature(envelope, notificationCanonical(envelope)), "the envelope's signature verifies");
    assert.equal(messages[0].MessageAttributes, undefined, "an enveloped delivery carries no SQS message attributes");
  }

  // Without a subject the envelope has no Subject field and the signed string leaves it out.
  await sns.send(new PublishCommand({ TopicArn, Message: "no subject" }));
  const [plain] = await receive(queues[0].QueueUrl);
  const envelope = JSON.parse(plain.Body);
  assert.equal("Subject" in envelope, false);
  assert.equal("MessageAttributes" in envelope, false);
  assert.ok(await verifySignature(envelope, notificationCanonical(envelope)));

  // SignatureVersion 2 signs with SHA256withRSA.
  await sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: "SignatureVersion", AttributeValue: "2" }));
  await sns.send(new PublishCommand({ TopicArn, Message: "sha256" }));
  const v2 = (await receiveAll(queues[1].QueueUrl)).map((m) => JSON.parse(m.Body)).find((e) => e.Message === "sha256");
  assert.equal(v2.SignatureVersion, "2");
  assert.ok(await verifySignature(v2, notificationCanonical(v2)));

  // After Unsubscribe a queue receives nothing more.
  for (const queue of queues) await receiveAll(queue.QueueUrl);
  await sns.send(new UnsubscribeCommand({ SubscriptionArn: subscriptions[2] }));
  await sns.send(new PublishCommand({ TopicArn, Message: "after unsubscribe" }));
  assert.equal((await receive(queues[2].QueueUrl)).length, 0);
  assert.equal((await receive(queues[0].QueueUrl)).length, 1);
  await rejectsWith(sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: subscriptions[2] })), NotFoundException, "NotFound", 404);
});

test("raw delivery: the message itself, its attributes as SQS message attributes", async () => {
  const TopicArn = await createTopic("js-raw");
  const queue = await createQueue("js-raw");
  const SubscriptionArn = await subscribeQueue(TopicArn, queue);
  await sns.send(new SetSubscriptionAttributesCommand({ SubscriptionArn, AttributeName: "RawMessageDelivery", AttributeValue: "true" }));
  assert.equal((await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn }))).Attributes.RawMessageDelivery, "true");

  await sns.send(new PublishCommand({
    TopicArn, Subject: "ignored", Message: "{\"raw\":true}",
    MessageAttributes: {
      kind: { DataType: "String", StringValue: "order" },
      amount: { DataType: "Number", StringValue: "12.5" },
      bytes: { DataType: "Binary", BinaryValue: new Uint8Array([0, 9, 255]) },
    },
  }));
  const [message] = await receive(queue.QueueUrl);
  assert.equal(message.Body, "{\"raw\":true}");
  assert.deepEqual(message.MessageAttributes.kind, { DataType: "String", StringValue: "order" });
  assert.deepEqual(message.MessageAttributes.amount, { DataType: "Number", StringValue: "12.5" });
  assert.equal(message.MessageAttributes.bytes.DataType, "Binary");
  assert.deepEqual([...message.MessageAttributes.bytes.BinaryValue], [0, 9, 255]);
  assert.ok(message.MD5OfMessageAttributes, "the SDK checked MD5OfMessageAttributes");
});

test("MessageStructure json: one message per protocol, the default for the rest", async () => {
  const TopicArn = await createTopic("js-structure");
  const enveloped = await createQueue("js-structure-env");
  const raw = await createQueue("js-structure-raw");
  const SubscriptionArn = await subscribeQueue(TopicArn, enveloped);
  await subscribeQueue(TopicArn, raw, { RawMessageDelivery: "true" });
  await sns.send(new PublishCommand({
    TopicArn, MessageStructure: "json", Message: JSON.stringify({ default: "for everyone", sqs: "for queues", email: "for mail" }),
  }));
  assert.equal(JSON.parse((await receive(enveloped.QueueUrl))[0].Body).Message, "for queues");
  assert.equal((await receive(raw.QueueUrl))[0].Body, "for queues");
  await rejectsWith(sns.send(new PublishCommand({ TopicArn, MessageStructure: "json", Message: JSON.stringify({ sqs: "no default" }) })),
    InvalidParameterException, "InvalidParameter", 400);
  await rejectsWith(sns.send(new PublishCommand({ TopicArn, MessageStructure: "json", Message: "not json" })),
    InvalidParameterException, "InvalidParameter", 400);

  const attributes = (await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn }))).Attributes;
  assert.equal(attributes.SubscriptionArn, SubscriptionArn);
  assert.equal(attributes.TopicArn, TopicArn);
  assert.equal(attributes.Protocol, "sqs");
  assert.equal(attributes.Endpoint, enveloped.QueueArn);
  assert.equal(attributes.Owner, "000000000000");
  assert.equal(attributes.PendingConfirmation, "false");
  assert.equal(attributes.RawMessageDelivery, "false");

  // ListSubscriptions pages through the whole account; deleting the topic deletes its subscriptions.
  const listAll = async () => {
    const all = [];
    let NextToken;
    do {
      const page = await sns.send(new ListSubscriptionsCommand({ NextToken }));
      all.push(...page.Subscriptions);
      NextToken = page.NextToken;
    } while (NextToken);
    return all;
  };
  assert.equal((await listAll()).filter((s) => s.TopicArn === TopicArn).length, 2);
  await sns.send(new DeleteTopicCommand({ TopicArn }));
  assert.equal((await listAll()).filter((s) => s.TopicArn === TopicArn).length, 0);
  await rejectsWith(sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn })), NotFoundException, "NotFound", 404);
});

test("filter policies on message attributes and on the message body", async () => {
  const TopicArn = await createTopic("js-filter");
  const byAttributes = await createQueue("js-filter-attr");
  const byBody = await createQueue("js-filter-body");
  const attributePolicy = { store: ["example_corp"], price: [{ numeric: [">=", 100] }] };
  const attributeSubscription = await subscribeQueue(TopicArn, byAttributes, { FilterPolicy: JSON.stringify(attributePolicy) });
  const bodyPolicy = { order: { status: [{ prefix: "ship" }] } };
  const bodySubscription = await subscribeQueue(TopicArn, byBody, {
    FilterPolicyScope: "MessageBody", FilterPolicy: JSON.stringify(bodyPolicy), RawMessageDelivery: "true",
  });
  const attributes = (await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: bodySubscription }))).Attributes;
  assert.equal(attributes.FilterPolicyScope, "MessageBody");
  assert.deepEqual(JSON.parse(attributes.FilterPolicy), bodyPolicy);

  const publish = (Message, MessageAttributes) => sns.send(new PublishCommand({ TopicArn, Message, MessageAttributes }));
  const store = (value) => ({ DataType: "String", StringValue: value });
  const price = (value) => ({ DataType: "Number", StringValue: value });
  await publish("cheap", { store: store("example_corp"), price: price("99") });
  await publish("other store", { store: store("other"), price: price("500") });
  await publish("no attributes");
  await publish("matches", { store: store("example_corp"), price: price("150") });
  await publish(JSON.stringify({ order: { status: "pending" } }));
  await publish(JSON.stringify({ order: { status: "shipped", id: 1 } }), { store: store("example_corp"), price: price("100") });
  await publish("not json");

  assert.deepEqual((await receiveAll(byAttributes.QueueUrl)).map((m) => JSON.parse(m.Body).Message),
    ["matches", JSON.stringify({ order: { status: "shipped", id: 1 } })]);
  assert.deepEqual((await receiveAll(byBody.QueueUrl)).map((m) => m.Body), [JSON.stringify({ order: { status: "shipped", id: 1 } })]);

  // Changing the policy takes effect for the next publish; an empty policy delivers everything.
  await sns.send(new SetSubscriptionAttributesCommand({
    SubscriptionArn: attributeSubscription, AttributeName: "FilterPolicy", AttributeValue: JSON.stringify({ store: [{ "anything-but": "example_corp" }] }),
  }));
  await publish("now matches", { store: store("other") });
  await publish("now filtered", { store: store("example_corp") });
  assert.deepEqual((await receiveAll(byAttributes.QueueUrl)).map((m) => JSON.parse(m.Body).Message), ["now matches"]);

  await rejectsWith(sns.send(new SetSubscriptionAttributesCommand({
    SubscriptionArn: attributeSubscription, AttributeName: "FilterPolicy", AttributeValue: "{\"store\": \"not an array\"}",
  })), InvalidParameterException, "InvalidParameter", 400);
});

test("FIFO topic to FIFO queue: order per group, deduplication, sequence numbers", async () => {
  const TopicArn = await createFifoTopic("js-fifo");
  const QueueName = unique("js-fifo") + ".fifo";
  const QueueUrl = (await sqs.send(new CreateQueueCommand({ QueueName, Attributes: { FifoQueue: "true" } }))).QueueUrl;
  const { Attributes: { QueueArn } } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["QueueArn"] }));
  await subscribeQueue(TopicArn, { QueueArn });

  const publish = (Message, MessageGroupId, MessageDeduplicationId) =>
    sns.send(new PublishCommand({ TopicArn, Message, MessageGroupId, MessageDeduplicationId }));
  const first = await publish("a1", "a", "d-a1");
  const second = await publish("b1", "b", "d-b1");
  const third = await publish("a2", "a", "d-a2");
  await publish("a1 again", "a", "d-a1"); // same deduplication id within 5 minutes: accepted, not delivered
  const fourth = await publish("b2", "b", "d-b2");
  const sequences = [first, second, third, fourth].map((r) => BigInt(r.SequenceNumber));
  for (let i = 1; i < sequences.length; i++) assert.ok(sequences[i] > sequences[i - 1], "sequence numbers increase");

  const messages = await receiveAll(QueueUrl);
  const envelopes = messages.map((m) => JSON.parse(m.Body));
  assert.equal(envelopes.length, 4);
  const group = (id) => messages.filter((m) => m.Attributes.MessageGroupId === id).map((m) => JSON.parse(m.Body).Message);
  assert.deepEqual(group("a"), ["a1", "a2"]);
  assert.deepEqual(group("b"), ["b1", "b2"]);
  for (const envelope of envelopes) {
    assert.equal(envelope.Type, "Notification");
    assert.equal(envelope.TopicArn, TopicArn);
    assert.match(envelope.SequenceNumber, /^\d+$/);
  }
  assert.equal(envelopes.find((e) => e.Message === "a1").MessageId, first.MessageId);
  assert.equal(envelopes.find((e) => e.Message === "a1").SequenceNumber, first.SequenceNumber);

  // Content-based deduplication: the same body twice is delivered once.
  await sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: "ContentBasedDeduplication", AttributeValue: "true" }));
  await publish("same body", "c");
  await publish("same body", "c");
  assert.deepEqual((await receiveAll(QueueUrl)).map((m) => JSON.parse(m.Body).Message), ["same body"]);

  // The deduplication interval is 5 minutes on the emulator's clock.
  await publish("same body", "c");
  assert.deepEqual(await receiveAll(QueueUrl), []);
  await advanceClock(301);
  await publish("same body", "c");
  assert.deepEqual((await receiveAll(QueueUrl)).map((m) => JSON.parse(m.Body).Message), ["same body"]);

  await rejectsWith(sns.send(new PublishCommand({ TopicArn, Message: "no group" })), InvalidParameterException, "InvalidParameter", 400);
  await rejectsWith(sns.send(new SubscribeCommand({ TopicArn: await createTopic("js-std"), Protocol: "sqs", Endpoint: QueueArn })),
    InvalidParameterException, "InvalidParameter", 400);
});

test("PublishBatch checks every entry before sending any, as AWS does", async () => {
  const TopicArn = await createTopic("js-batch");
  const queue = await createQueue("js-batch");
  await subscribeQueue(TopicArn, queue, { RawMessageDelivery: "true" });
  await rejectsWith(sns.send(new PublishBatchCommand({
    TopicArn,
    PublishBatchRequestEntries: [
      { Id: "one", Message: "first" },
      { Id: "bad", Message: "attributes", MessageAttributes: { n: { DataType: "Number", StringValue: "not a number" } } },
    ],
  })), InvalidParameterValueException, "ParameterValueInvalid", 400);
  const result = await sns.send(new PublishBatchCommand({
    TopicArn,
    PublishBatchRequestEntries: [
      { Id: "one", Message: "first" },
      { Id: "two", Message: "second", MessageAttributes: { k: { DataType: "String", StringValue: "v" } } },
    ],
  }));
  assert.deepEqual(result.Successful.map((e) => e.Id).sort(), ["one", "two"]);
  assert.ok(result.Successful.every((e) => /^[0-9a-f-]{36}$/.test(e.MessageId)));
  assert.deepEqual(result.Failed ?? [], []);
  const delivered = await receiveAll(queue.QueueUrl);
  assert.deepEqual(delivered.map((m) => m.Body).sort(), ["first", "second"]);

  await rejectsWith(sns.send(new PublishBatchCommand({
    TopicArn, PublishBatchRequestEntries: [{ Id: "same", Message: "1" }, { Id: "same", Message: "2" }],
  })), BatchEntryIdsNotDistinctException, "BatchEntryIdsNotDistinct", 400);
  await rejectsWith(sns.send(new PublishBatchCommand({
    TopicArn, PublishBatchRequestEntries: Array.from({ length: 11 }, (_, i) => ({ Id: `e${i}`, Message: "m" })),
  })), TooManyEntriesInBatchRequestException, "TooManyEntriesInBatchRequest", 400);
});

test("errors: NotFound for missing topics and subscriptions, InvalidParameter for bad input", async () => {
  const missing = `arn:aws:sns:us-east-1:000000000000:${unique("js-missing")}`;
  await rejectsWith(sns.send(new PublishCommand({ TopicArn: missing, Message: "m" })), NotFoundException, "NotFound", 404);
  await rejectsWith(sns.send(new GetTopicAttributesCommand({ TopicArn: missing })), NotFoundException, "NotFound", 404);
  await rejectsWith(sns.send(new SubscribeCommand({ TopicArn: missing, Protocol: "sqs", Endpoint: "arn:aws:sqs:us-east-1:000000000000:q" })),
    NotFoundException, "NotFound", 404);
  await rejectsWith(sns.send(new PublishBatchCommand({ TopicArn: missing, PublishBatchRequestEntries: [{ Id: "a", Message: "m" }] })),
    NotFoundException, "NotFound", 404);

  await rejectsWith(sns.send(new CreateTopicCommand({ Name: "bad name!" })), InvalidParameterException, "InvalidParameter", 400);
  await rejectsWith(sns.send(new CreateTopicCommand({ Name: unique("js-bad") + ".fifo" })), InvalidParameterException, "InvalidParameter", 400);
  const TopicArn = await createTopic("js-errors");
  await rejectsWith(sns.send(new PublishCommand({ TopicArn, Message: "m", Subject: "Über" })), InvalidParameterException, "InvalidParameter", 400);
  await rejectsWith(sns.send(new PublishCommand({ TopicArn, Message: "" })), InvalidParameterException, "InvalidParameter", 400);
  await rejectsWith(sns.send(new PublishCommand({ TopicArn, Message: "x".repeat(256 * 1024 + 1) })), InvalidParameterException, "InvalidParameter", 400);
  await rejectsWith(sns.send(new PublishCommand({ TopicArn, Message: "m", MessageGroupId: "g", MessageDeduplicationId: "d" })),
    InvalidParameterException, "InvalidParameter", 400);
  await rejectsWith(sns.send(new SubscribeCommand({ TopicArn, Protocol: "carrier-pigeon", Endpoint: "x" })),
    InvalidParameterException, "InvalidParameter", 400);
  await rejectsWith(sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: "NoSuchAttribute", AttributeValue: "x" })),
    InvalidParameterException, "InvalidParameter", 400);
  await rejectsWith(sns.send(new ConfirmSubscriptionCommand({ TopicArn, Token: "not-a-token" })), InvalidParameterException, "InvalidParameter", 400);
  // Deleting a topic that is already gone succeeds.
  await sns.send(new DeleteTopicCommand({ TopicArn }));
  await sns.send(new DeleteTopicCommand({ TopicArn }));
});

/** An HTTP endpoint in this process that records every request SNS makes to it. */
const startSubscriber = async () => {
  const requests = [];
  const waiters = [];
  const server = createServer((request, response) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      requests.push({ method: request.method, url: request.url, headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(200).end();
      for (const waiter of waiters.splice(0)) waiter();
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  // Deliveries come from the emulator's background workers, which can lag by seconds on a loaded CI machine: the
  // bound is generous, and a passing test never waits for it.
  const next = async (type) => {
    const deadline = Date.now() + 30000;
    for (;;) {
      const index = requests.findIndex((r) => r.headers["x-amz-sns-message-type"] === type);
      if (index >= 0) return requests.splice(index, 1)[0];
      const left = deadline - Date.now();
      assert.ok(left > 0, `no ${type} request within 30 s`);
      await Promise.race([new Promise((resolve) => waiters.push(resolve)), sleep(Math.min(left, 200))]);
    }
  };
  return { url: `http://127.0.0.1:${server.address().port}/sns?x=1`, requests, next, close: () => server.close() };
};

test("HTTP subscriber: confirmation through SubscribeURL, signed notifications, unsubscribe", async () => {
  const subscriber = await startSubscriber();
  try {
    const TopicArn = await createTopic("js-http");
    const subscribed = await sns.send(new SubscribeCommand({ TopicArn, Protocol: "http", Endpoint: subscriber.url }));
    assert.equal(subscribed.SubscriptionArn, "pending confirmation");

    const confirmation = await subscriber.next("SubscriptionConfirmation");
    assert.equal(confirmation.method, "POST");
    assert.equal(confirmation.url, "/sns?x=1");
    assert.equal(confirmation.headers["x-amz-sns-topic-arn"], TopicArn);
    assert.match(confirmation.headers["content-type"], /^text\/plain/);
    const request = JSON.parse(confirmation.body);
    assert.equal(request.Type, "SubscriptionConfirmation");
    assert.equal(request.TopicArn, TopicArn);
    assert.equal(confirmation.headers["x-amz-sns-message-id"], request.MessageId);
    assert.ok(request.Token.length > 0);
    assert.ok(await verifySignature(request, confirmationCanonical(request)), "the confirmation's signature verifies");
    const pending = (await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn }))).Subscriptions;
    assert.equal(pending[0].SubscriptionArn, "PendingConfirmation");
    assert.equal((await sns.send(new GetTopicAttributesCommand({ TopicArn }))).Attributes.SubscriptionsPending, "1");

    // Nothing is delivered while the subscription waits for its confirmation.
    await sns.send(new PublishCommand({ TopicArn, Message: "too early" }));

    const visit = await fetch(request.SubscribeURL);
    assert.equal(visit.status, 200);
    const confirmedXml = await visit.text();
    assert.match(confirmedXml, /ConfirmSubscriptionResponse/);
    const [confirmed] = (await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn }))).Subscriptions;
    assert.ok(confirmed.SubscriptionArn.startsWith(TopicArn + ":"));
    assert.ok(confirmedXml.includes(confirmed.SubscriptionArn));
    const attributes = (await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: confirmed.SubscriptionArn }))).Attributes;
    assert.equal(attributes.PendingConfirmation, "false");
    assert.equal(attributes.Endpoint, subscriber.url);

    const { MessageId } = await sns.send(new PublishCommand({
      TopicArn, Subject: "Hello: there!", Message: "hello over http ✓", MessageAttributes: { k: { DataType: "String", StringValue: "v" } },
    }));
    const delivery = await subscriber.next("Notification");
    assert.equal(delivery.method, "POST");
    assert.equal(delivery.headers["x-amz-sns-message-id"], MessageId);
    assert.equal(delivery.headers["x-amz-sns-topic-arn"], TopicArn);
    assert.equal(delivery.headers["x-amz-sns-subscription-arn"], confirmed.SubscriptionArn);
    assert.match(delivery.headers["content-type"], /^text\/plain/);
    assert.match(delivery.headers["user-agent"], /Amazon Simple Notification Service Agent/);
    const notification = JSON.parse(delivery.body);
    assert.equal(notification.Type, "Notification");
    assert.equal(notification.MessageId, MessageId);
    assert.equal(notification.Subject, "Hello: there!");
    assert.equal(notification.Message, "hello over http ✓");
    assert.deepEqual(notification.MessageAttributes, { k: { Type: "String", Value: "v" } });
    assert.equal(notification.SignatureVersion, "1");
    assert.ok(await verifySignature(notification, notificationCanonical(notification)), "the notification's signature verifies");
    assert.equal(await verifySignature({ ...notification }, notificationCanonical({ ...notification, Message: "tampered" })), false);
    assert.equal(subscriber.requests.filter((r) => r.headers["x-amz-sns-message-type"] === "Notification").length, 0,
      "the message published before confirmation was not delivered");

    // Raw delivery over HTTP: the body is the message and the header says so.
    await sns.send(new SetSubscriptionAttributesCommand({
      SubscriptionArn: confirmed.SubscriptionArn, AttributeName: "RawMessageDelivery", AttributeValue: "true",
    }));
    await sns.send(new PublishCommand({ TopicArn, Message: "raw over http" }));
    const raw = await subscriber.next("Notification");
    assert.equal(raw.body, "raw over http");
    assert.equal(raw.headers["x-amz-sns-rawdelivery"], "true");

    // Visiting the UnsubscribeURL removes the subscription, and the endpoint hears of it in a signed message.
    const unsubscribe = await fetch(notification.UnsubscribeURL);
    assert.equal(unsubscribe.status, 200);
    assert.match(await unsubscribe.text(), /UnsubscribeResponse/);
    assert.deepEqual((await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn }))).Subscriptions, []);
    const goodbye = JSON.parse((await subscriber.next("UnsubscribeConfirmation")).body);
    assert.equal(goodbye.Type, "UnsubscribeConfirmation");
    assert.equal(goodbye.TopicArn, TopicArn);
    assert.ok(await verifySignature(goodbye, confirmationCanonical(goodbye)));
  } finally {
    subscriber.close();
  }
});

test("HTTP subscriber confirmed with ConfirmSubscription and the token", async () => {
  const subscriber = await startSubscriber();
  try {
    const TopicArn = await createTopic("js-http-token");
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: "http", Endpoint: subscriber.url }));
    const { Token } = JSON.parse((await subscriber.next("SubscriptionConfirmation")).body);
    const { SubscriptionArn } = await sns.send(new ConfirmSubscriptionCommand({ TopicArn, Token }));
    assert.ok(SubscriptionArn.startsWith(TopicArn + ":"));
    await sns.send(new PublishCommand({ TopicArn, Message: "after token" }));
    const notification = JSON.parse((await subscriber.next("Notification")).body);
    assert.equal(notification.Message, "after token");
    assert.equal("Subject" in notification, false);
    assert.ok(await verifySignature(notification, notificationCanonical(notification)));
  } finally {
    subscriber.close();
  }
});
