"use strict";
// The emulator's dashboard: reads the admin API under /_emulator/ and renders one view per service. Reading never
// changes state (messages are peeked, records browsed without iterators); only the clock, flush and reset buttons act.

const api = "/_emulator";
const view = document.getElementById("view");
const status = document.getElementById("status");

function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

async function get(path) {
  const response = await fetch(api + path, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${(await response.json().catch(() => ({}))).error || ""}`);
  return response.json();
}

async function post(path) {
  const response = await fetch(api + path, { method: "POST" });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json().catch(() => ({}));
}

const enc = encodeURIComponent;
const link = (hash, text) => h("a", { href: hash }, text);
const num = value => h("td", { class: "num" }, value ?? 0);
const time = value => value ? new Date(value).toISOString().replace("T", " ").replace("Z", "") : "";
const bytes = n => n < 1024 ? `${n} B` : n < 1048576 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1048576).toFixed(1)} MiB`;
const empty = text => h("div", { class: "empty" }, text);

function table(headers, rows, attributes) {
  if (!rows.length) return empty("Nothing here yet.");
  return h("table", attributes, h("thead", {}, h("tr", {}, headers.map(header =>
    h("th", { class: header.endsWith("#") ? "num" : null }, header.replace(/#$/, ""))))), h("tbody", {}, rows));
}

// Queues: depth, in flight, delayed, the dead-letter queue each one sends to, and a message browser.
function deadLetterTarget(queue) {
  const policy = queue.attributes && queue.attributes.RedrivePolicy;
  if (!policy) return null;
  try { return JSON.parse(policy).deadLetterTargetArn; } catch { return null; }
}

function queueHash(arn) {
  const [, , , region, account, name] = arn.split(":");
  return `#/queues/${enc(account)}/${enc(region)}/${enc(name)}`;
}

async function queues() {
  const all = await get("/sqs/queues");
  const sources = {};
  for (const queue of all) {
    const target = deadLetterTarget(queue);
    if (target) (sources[target] = sources[target] || []).push(queue.name);
  }
  return [h("h2", {}, "Queues"), table(["Queue", "Account / region", "Visible#", "In flight#", "Delayed#", "Dead-letter queue", "Dead letters from"],
    all.map(queue => {
      const target = deadLetterTarget(queue);
      return h("tr", { "data-queue": queue.name },
        h("td", {}, link(queueHash(queue.arn), queue.name), queue.isFifo ? h("span", { class: "tag" }, "FIFO") : null),
        h("td", { class: "muted" }, `${queue.accountId} / ${queue.region}`),
        h("td", { class: "num", "data-count": "visible" }, queue.visible),
        h("td", { class: "num", "data-count": "inFlight" }, queue.inFlight),
        h("td", { class: "num", "data-count": "delayed" }, queue.delayed),
        h("td", {}, target ? link(queueHash(target), target.split(":").pop()) : ""),
        h("td", {}, (sources[queue.arn] || []).join(", ")));
    }))];
}

async function queue(account, region, name) {
  const path = `/sqs/queues/${enc(account)}/${enc(region)}/${enc(name)}`;
  const [details, messages] = await Promise.all([get(path), get(path + "/messages")]);
  return [
    h("h2", {}, link("#/queues", "Queues"), " / ", name),
    h("p", { class: "muted" }, `${details.arn} — ${details.visible} visible, ${details.inFlight} in flight, ${details.delayed} delayed. `,
      "Browsing peeks: it changes no message's visibility or receive count."),
    table(["Message", "State", "Body", "Receives#", "Sent", "Visible at", "Group"], messages.map(message =>
      h("tr", { "data-message": message.messageId },
        h("td", { class: "muted" }, message.messageId),
        h("td", {}, h("span", { class: "tag" }, message.state)),
        h("td", {}, h("pre", {}, message.body)),
        num(message.receiveCount),
        h("td", {}, time(message.sentAt)),
        h("td", {}, time(message.visibleAt)),
        h("td", {}, message.messageGroupId || "")))),
    h("h3", {}, "Attributes"),
    table(["Name", "Value"], Object.entries(details.attributes || {}).map(([key, value]) => h("tr", {}, h("td", {}, key), h("td", {}, h("pre", {}, value))))),
  ];
}

// Topics with their subscriptions; the delivery log shows what happened to each message.
async function topics() {
  const all = await get("/sns/topics");
  const subscriptionRow = subscription => h("tr", {},
    h("td", {}, subscription.protocol),
    h("td", {}, subscription.endpoint),
    h("td", {}, subscription.pendingConfirmation ? "pending confirmation" : "confirmed"),
    h("td", {}, subscription.rawMessageDelivery ? "yes" : ""),
    h("td", {}, h("pre", {}, subscription.filterPolicy || "")));
  const section = topic => h("section", { "data-topic": topic.arn },
    h("h3", {}, topic.arn.split(":").pop(), " ", h("span", { class: "muted" }, `${topic.accountId} / ${topic.region}`),
      topic.isFifo ? h("span", { class: "tag" }, "FIFO") : null),
    table(["Protocol", "Endpoint", "State", "Raw", "Filter policy"], topic.subscriptions.map(subscriptionRow)));
  return [h("h2", {}, "Topics"), all.length ? all.map(section) : empty("No topics yet.")];
}

async function deliveries() {
  const log = (await get("/sns/delivery-log")).reverse();
  return [h("h2", {}, "SNS deliveries ", h("span", { class: "muted" }, "(newest first; email, SMS, push and Lambda are recorded)")),
    table(["Time", "Protocol", "Endpoint", "Outcome", "Attempt#", "Status", "Error", "Message"], log.map(entry => h("tr", {},
      h("td", {}, time(entry.timestamp)),
      h("td", {}, entry.protocol),
      h("td", {}, entry.endpoint),
      h("td", { class: `outcome-${entry.outcome}` }, entry.outcome),
      num(entry.attempt),
      h("td", {}, entry.status ?? ""),
      h("td", { class: "error" }, entry.error || ""),
      h("td", { class: "muted" }, entry.messageId || ""))))];
}

// Kinesis: streams, their shards with lineage, and a record browser per shard.
const streamHash = stream => `#/streams/${enc(stream.accountId)}/${enc(stream.region)}/${enc(stream.name)}`;

async function streams() {
  const all = await get("/kinesis/streams");
  return [h("h2", {}, "Kinesis streams"), table(["Stream", "Account / region", "Status", "Mode", "Open shards#", "Records#", "Stored"],
    all.map(stream => h("tr", { "data-stream": stream.name },
      h("td", {}, link(streamHash(stream), stream.name)),
      h("td", { class: "muted" }, `${stream.accountId} / ${stream.region}`),
      h("td", {}, stream.status),
      h("td", {}, stream.mode),
      num(stream.shards.filter(shard => shard.open).length),
      num(stream.shards.reduce((sum, shard) => sum + shard.records, 0)),
      h("td", { class: "num" }, bytes(stream.storedBytes)))))];
}

async function stream(account, region, name, shardId) {
  const path = `/kinesis/streams/${enc(account)}/${enc(region)}/${enc(name)}`;
  const details = await get(path);
  const parts = [h("h2", {}, link("#/streams", "Kinesis"), " / ", name),
    table(["Shard", "State", "Parents", "Children", "Hash key range", "Records#"], details.shards.map(shard => h("tr", { "data-shard": shard.id },
      h("td", {}, link(`${streamHash(details)}/${enc(shard.id)}`, shard.id)),
      h("td", {}, shard.open ? "open" : "closed"),
      h("td", {}, [shard.parent, shard.adjacentParent].filter(Boolean).join(", ")),
      h("td", {}, shard.children.join(", ")),
      h("td", { class: "muted" }, `${shard.startingHashKey} – ${shard.endingHashKey}`),
      num(shard.records))))];
  if (shardId) {
    const page = await get(`${path}/shards/${enc(shardId)}/records?limit=100`);
    parts.push(h("h3", {}, `Newest records of ${shardId}`), table(["Sequence number", "Partition key", "Arrived", "Size#", "Data"],
      page.records.reverse().map(record => h("tr", {},
        h("td", { class: "muted" }, record.sequenceNumber),
        h("td", {}, record.partitionKey),
        h("td", {}, time(record.arrivedAt)),
        num(record.size),
        h("td", {}, h("pre", {}, record.text ?? `base64: ${record.data}`))))));
  }
  return parts;
}

// Firehose: buffers, what was delivered where, failures and retries.
async function firehose() {
  const all = await get("/firehose/delivery-streams");
  return [h("h2", {}, "Firehose delivery streams"), table(["Delivery stream", "Destination", "Status", "Buffered", "Records#", "Delivered", "Failures#", "Retries#", "Last error", "Latest objects"],
    all.map(stream => h("tr", { "data-delivery-stream": stream.name },
      h("td", {}, stream.name, h("div", { class: "muted" }, `${stream.accountId} / ${stream.region}`)),
      h("td", {}, stream.destination, stream.delivers ? "" : h("div", { class: "muted" }, "(not delivered by the emulator)")),
      h("td", {}, stream.status),
      h("td", { class: "num" }, bytes(stream.bufferedBytes)),
      num(stream.deliveredRecords),
      h("td", { class: "num" }, bytes(stream.deliveredBytes)),
      num(stream.failures),
      num(stream.retries),
      h("td", { class: "error" }, stream.lastError || ""),
      h("td", {}, stream.deliveredTo.slice(-5).map(url => h("div", {}, objectLink(url)))))))];
}

function objectLink(s3url) {
  const match = /^s3:\/\/([^/]+)\/(.*)$/.exec(s3url);
  return match ? h("a", { href: `/${match[1]}/${match[2].split("/").map(enc).join("/")}` }, s3url) : s3url;
}

// S3: buckets and their objects (each a plain GET).
async function buckets() {
  const all = await get("/s3/buckets");
  return [h("h2", {}, "S3 buckets"), table(["Bucket", "Account / region", "Objects#", "Size", "Uploads in progress#", "Created"],
    all.map(bucket => h("tr", { "data-bucket": bucket.name },
      h("td", {}, link(`#/buckets/${enc(bucket.name)}`, bucket.name)),
      h("td", { class: "muted" }, `${bucket.accountId} / ${bucket.region}`),
      num(bucket.objects),
      h("td", { class: "num" }, bytes(bucket.bytes)),
      num(bucket.uploads),
      h("td", {}, time(bucket.created)))))];
}

async function bucket(name) {
  const page = await get(`/s3/buckets/${enc(name)}/objects`);
  return [h("h2", {}, link("#/buckets", "S3"), " / ", name),
    table(["Key", "Size#", "Content type", "Last modified", "ETag"], page.objects.map(item => h("tr", { "data-key": item.key },
      h("td", {}, h("a", { href: `/${enc(name)}/${item.key.split("/").map(enc).join("/")}` }, item.key)),
      num(item.size),
      h("td", {}, item.contentType),
      h("td", {}, time(item.lastModified)),
      h("td", { class: "muted" }, item.eTag)))),
    page.isTruncated ? h("p", { class: "muted" }, "Showing the first 1,000 keys.") : null];
}

const routes = [
  [/^#\/queues\/([^/]+)\/([^/]+)\/([^/]+)$/, queue],
  [/^#\/queues$/, queues],
  [/^#\/topics$/, topics],
  [/^#\/deliveries$/, deliveries],
  [/^#\/streams\/([^/]+)\/([^/]+)\/([^/]+)(?:\/([^/]+))?$/, stream],
  [/^#\/streams$/, streams],
  [/^#\/firehose$/, firehose],
  [/^#\/buckets\/([^/]+)$/, bucket],
  [/^#\/buckets$/, buckets],
];

// One render at a time; a request that arrives during one (a click while the timer's refresh runs) runs after it.
let rendering = false, renderAgain = false;
async function render() {
  if (rendering) { renderAgain = true; return; }
  rendering = true;
  const hash = location.hash || "#/queues";
  for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", hash.startsWith(a.getAttribute("href")));
  try {
    const [pattern, show] = routes.find(([pattern]) => pattern.test(hash)) || routes[1];
    const args = (pattern.exec(hash) || []).slice(1).map(part => part === undefined ? undefined : decodeURIComponent(part));
    const content = await show(...args);
    view.replaceChildren(...[content].flat(Infinity).filter(Boolean));
    status.textContent = `Updated ${new Date().toLocaleTimeString()}`;
  } catch (error) {
    status.textContent = `Could not load: ${error.message}`;
  } finally {
    rendering = false;
  }
  await showClock(await get("/clock").catch(() => null));
  if (renderAgain) { renderAgain = false; await render(); }
}

async function showClock(clock) {
  if (!clock) return;
  document.getElementById("clock-now").textContent = time(clock.now);
  document.getElementById("clock-offset").textContent = clock.offsetSeconds ? `(+${clock.offsetSeconds} s ahead of this machine)` : "";
}

async function advance(seconds) {
  await showClock(await post(`/clock?seconds=${enc(seconds)}`));
  await render();
}

document.getElementById("advance").addEventListener("click", () => advance(document.getElementById("advance-seconds").value));
for (const button of document.querySelectorAll("[data-advance]")) button.addEventListener("click", () => advance(button.dataset.advance));
document.getElementById("flush").addEventListener("click", async () => {
  const result = await post("/firehose/flush");
  status.textContent = `Flushed ${result.flushed} delivery stream(s).`;
  setTimeout(render, 300);
});
window.addEventListener("hashchange", render);
setInterval(() => { if (document.getElementById("auto-refresh").checked && !document.hidden) render(); }, 2000);
get("/health").then(health => { document.getElementById("version").textContent = health.version; }).catch(() => {});
render();
