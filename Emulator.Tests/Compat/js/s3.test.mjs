// S3 through the AWS SDK for JavaScript v3 (flexible checksums on by default, aws-chunked uploads), its multipart
// Upload helper and its URL presigner.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import {
  S3Client, CreateBucketCommand, PutObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command,
  CopyObjectCommand, DeleteObjectsCommand, DeleteObjectCommand, DeleteBucketCommand, PutObjectTaggingCommand,
  GetObjectTaggingCommand, ListBucketsCommand, NoSuchKey, NoSuchBucket,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { unique, clientConfig } from "./emulator.mjs";

const s3 = new S3Client({ ...clientConfig, forcePathStyle: true });
const bucketName = () => unique("js-s3").toLowerCase().slice(0, 40);
const createBucket = async () => {
  const Bucket = bucketName();
  await s3.send(new CreateBucketCommand({ Bucket }));
  return Bucket;
};
const md5 = (data) => `"${createHash("md5").update(data).digest("hex")}"`;

test("objects round trip with headers, metadata and keys that need escaping", async () => {
  const Bucket = await createBucket();
  for (const Key of ["plain.txt", "dir/with space+plus%percent", "unicode/é✓😀"]) {
    const put = await s3.send(new PutObjectCommand({
      Bucket, Key, Body: `data of ${Key}`, ContentType: "text/plain", Metadata: { owner: "team" }, CacheControl: "max-age=60",
    }));
    assert.equal(put.ETag, md5(`data of ${Key}`));
    const got = await s3.send(new GetObjectCommand({ Bucket, Key }));
    assert.equal(await got.Body.transformToString(), `data of ${Key}`);
    assert.deepEqual([got.ContentType, got.Metadata.owner, got.CacheControl, got.ETag], ["text/plain", "team", "max-age=60", put.ETag]);
  }
  const listed = await s3.send(new ListObjectsV2Command({ Bucket, Delimiter: "/" }));
  assert.deepEqual(listed.Contents.map((o) => o.Key), ["plain.txt"]);
  assert.deepEqual(listed.CommonPrefixes.map((p) => p.Prefix), ["dir/", "unicode/"]);
  assert.equal(listed.KeyCount, 3);
  const buckets = await s3.send(new ListBucketsCommand({}));
  assert.ok(buckets.Buckets.some((b) => b.Name === Bucket));
});

test("checksums the SDK sends are verified and returned on request", async () => {
  const Bucket = await createBucket();
  for (const ChecksumAlgorithm of ["CRC32", "CRC32C", "SHA1", "SHA256"]) {
    const put = await s3.send(new PutObjectCommand({ Bucket, Key: ChecksumAlgorithm, Body: "test data..", ChecksumAlgorithm }));
    const head = await s3.send(new HeadObjectCommand({ Bucket, Key: ChecksumAlgorithm, ChecksumMode: "ENABLED" }));
    assert.ok(put[`Checksum${ChecksumAlgorithm}`], `put returns ${ChecksumAlgorithm}`);
    assert.equal(head[`Checksum${ChecksumAlgorithm}`], put[`Checksum${ChecksumAlgorithm}`]);
    assert.equal(head.ChecksumType, "FULL_OBJECT");
    const got = await s3.send(new GetObjectCommand({ Bucket, Key: ChecksumAlgorithm, ChecksumMode: "ENABLED" }));
    assert.equal(await got.Body.transformToString(), "test data..");
  }
});

test("Upload sends a large body in parts; ranges and parts read back", async () => {
  const Bucket = await createBucket();
  const data = Buffer.alloc(12 * 1024 * 1024);
  for (let i = 0; i < data.length; i += 4096) data[i] = i % 251;
  const upload = new Upload({ client: s3, params: { Bucket, Key: "large.bin", Body: data }, partSize: 5 * 1024 * 1024, queueSize: 2 });
  const done = await upload.done();
  assert.match(done.ETag, /-3"$/);
  const got = await s3.send(new GetObjectCommand({ Bucket, Key: "large.bin" }));
  assert.ok(Buffer.from(await got.Body.transformToByteArray()).equals(data));
  const range = await s3.send(new GetObjectCommand({ Bucket, Key: "large.bin", Range: "bytes=4096-4096" }));
  assert.deepEqual([...(await range.Body.transformToByteArray())], [4096 % 251]);
  assert.equal(range.ContentRange, `bytes 4096-4096/${data.length}`);
  const part = await s3.send(new HeadObjectCommand({ Bucket, Key: "large.bin", PartNumber: 3 }));
  assert.equal(part.ContentLength, 2 * 1024 * 1024);
  assert.equal(part.PartsCount, 3);
});

test("presigned GET and PUT URLs work with a plain HTTP client", async () => {
  const Bucket = await createBucket();
  const putUrl = await getSignedUrl(s3, new PutObjectCommand({ Bucket, Key: "presigned.txt", ContentType: "text/plain" }), { expiresIn: 300 });
  const put = await fetch(putUrl, { method: "PUT", body: "uploaded by URL", headers: { "content-type": "text/plain" } });
  assert.equal(put.status, 200);
  const getUrl = await getSignedUrl(s3, new GetObjectCommand({ Bucket, Key: "presigned.txt" }), { expiresIn: 300 });
  const got = await fetch(getUrl);
  assert.equal(got.status, 200);
  assert.equal(await got.text(), "uploaded by URL");
  assert.equal(got.headers.get("content-type"), "text/plain");
});

test("copy, tags, batch delete and errors", async () => {
  const Bucket = await createBucket();
  await s3.send(new PutObjectCommand({ Bucket, Key: "a", Body: "A", Tagging: "k=v" }));
  await s3.send(new CopyObjectCommand({ Bucket, Key: "b", CopySource: `${Bucket}/a` }));
  assert.equal(await (await s3.send(new GetObjectCommand({ Bucket, Key: "b" }))).Body.transformToString(), "A");
  await s3.send(new PutObjectTaggingCommand({ Bucket, Key: "b", Tagging: { TagSet: [{ Key: "stage", Value: "ci" }] } }));
  assert.deepEqual((await s3.send(new GetObjectTaggingCommand({ Bucket, Key: "b" }))).TagSet, [{ Key: "stage", Value: "ci" }]);
  const deleted = await s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: [{ Key: "a" }, { Key: "b" }, { Key: "absent" }] } }));
  assert.deepEqual(deleted.Deleted.map((d) => d.Key).sort(), ["a", "absent", "b"]);
  await assert.rejects(s3.send(new GetObjectCommand({ Bucket, Key: "a" })), (e) => e instanceof NoSuchKey && e.$metadata.httpStatusCode === 404);
  await assert.rejects(s3.send(new ListObjectsV2Command({ Bucket: bucketName() })), (e) => e instanceof NoSuchBucket);
  await s3.send(new DeleteObjectCommand({ Bucket, Key: "absent" }));
  await s3.send(new DeleteBucketCommand({ Bucket }));
});
