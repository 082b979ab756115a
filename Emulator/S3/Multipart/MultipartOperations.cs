using System.Security.Cryptography;
using Emulator.Protocol.Pipeline;
using Emulator.S3.Buckets;
using Emulator.S3.Integrity;
using Emulator.S3.Operations;
using Emulator.S3.Shapes;
using Emulator.S3.Storage;

namespace Emulator.S3.Multipart;

/// <summary>
/// Multipart uploads (API reference: CreateMultipartUpload, UploadPart, UploadPartCopy, CompleteMultipartUpload,
/// AbortMultipartUpload, ListParts; user guide, "Uploading and copying objects using multipart upload"): parts 1 to
/// 10,000, each but the last at least 5 MiB, the object's ETag the MD5 of the parts' MD5s with <c>-N</c>.
/// </summary>
public sealed class MultipartOperations(BucketStore buckets, ObjectDataStore store, TimeProvider clock) : IOperationGroup
{
    public const long MinPartSize = 5 * 1024 * 1024;
    private const int MaxPartNumber = 10_000;

    public void Register(OperationRegistry registry)
    {
        registry.Add<CreateMultipartUploadRequest, CreateMultipartUploadOutput>(S3Service.S3, "CreateMultipartUpload", Create);
        registry.Add<UploadPartRequest, UploadPartOutput>(S3Service.S3, "UploadPart", UploadPart);
        registry.Add<UploadPartCopyRequest, UploadPartCopyOutput>(S3Service.S3, "UploadPartCopy", UploadPartCopy);
        registry.Add<CompleteMultipartUploadRequest, CompleteMultipartUploadOutput>(S3Service.S3, "CompleteMultipartUpload", Complete);
        registry.Add<AbortMultipartUploadRequest, AbortMultipartUploadOutput>(S3Service.S3, "AbortMultipartUpload", (r, c) =>
        {
            var bucket = buckets.Owned(r.Bucket!, c.AccountId);
            if (!bucket.Uploads.TryRemove(r.UploadId!, out var upload) || upload.End(_ => []) is null) throw NoSuchUpload(r.UploadId!);
            return new AbortMultipartUploadOutput();
        });
    }

    private CreateMultipartUploadOutput Create(CreateMultipartUploadRequest request, AwsRequestContext context)
    {
        var bucket = buckets.Owned(request.Bucket!, context.AccountId);
        var (algorithm, type) = PartChecksums.ForNewUpload(request.ChecksumAlgorithm, request.ChecksumType);
        var headers = ObjectHeaders.Of(request.ContentType, request.ContentEncoding, request.ContentDisposition, request.ContentLanguage,
            request.CacheControl, request.Expires, request.Metadata);
        var id = UploadId();
        bucket.Uploads[id] = new MultipartUpload(id, request.Key!, clock.GetUtcNow(), headers, TagSets.FromHeader(request.Tagging), algorithm, type,
            bucket.Find(request.Key!));
        return new CreateMultipartUploadOutput
        {
            Bucket = bucket.Name, Key = request.Key, UploadId = id, ChecksumAlgorithm = algorithm?.Name, ChecksumType = type,
        };
    }

    private UploadPartOutput UploadPart(UploadPartRequest request, AwsRequestContext context)
    {
        var upload = Upload(request.Bucket!, request.UploadId!, context);
        var number = PartNumber(request.PartNumber);
        var content = request.Body ?? ChunkedBlob.Empty;
        var verified = UploadIntegrity.Check(request, content, expectedDigestInHex: false, upload.ChecksumAlgorithm);
        if (!upload.Add(new UploadedPart(number, store.Keep(content), verified.ETag, verified.Md5, verified.Checksum, clock.GetUtcNow())))
            throw NoSuchUpload(upload.Id);
        var output = new UploadPartOutput { ETag = verified.ETag };
        if (verified.Checksum is { } checksum) ObjectDescription.SetChecksum(output, checksum);
        return output;
    }

    private UploadPartCopyOutput UploadPartCopy(UploadPartCopyRequest request, AwsRequestContext context)
    {
        var upload = Upload(request.Bucket!, request.UploadId!, context);
        var number = PartNumber(request.PartNumber);
        var (source, data) = CopySource.Read(buckets, request.CopySource!, context.AccountId);
        using (data)
        {
            Preconditions.CheckCopySource(source, request.CopySourceIfMatch, request.CopySourceIfUnmodifiedSince,
                request.CopySourceIfNoneMatch, request.CopySourceIfModifiedSince);
            var range = CopyRange.Resolve(request.CopySourceRange, source.Size);
            var part = range is { } r ? data.Slice(r.Start, r.Length) : data.Retain();
            var md5 = ContentMd5.Of(part);
            var checksum = upload.ChecksumAlgorithm is { } algorithm ? ObjectChecksum.FullObject(algorithm, part.Pieces()) : null;
            var etag = ContentMd5.ETag(md5);
            var now = clock.GetUtcNow();
            if (!upload.Add(new UploadedPart(number, part, etag, md5, checksum, now))) throw NoSuchUpload(upload.Id);
            var result = new CopyPartResult { ETag = etag, LastModified = now };
            if (checksum is not null) ObjectDescription.SetChecksum(result, checksum);
            return new UploadPartCopyOutput { CopyPartResult = result };
        }
    }

    private CompleteMultipartUploadOutput Complete(CompleteMultipartUploadRequest request, AwsRequestContext context)
    {
        var bucket = buckets.Owned(request.Bucket!, context.AccountId);
        var upload = bucket.Uploads.GetValueOrDefault(request.UploadId!) ?? throw NoSuchUpload(request.UploadId!);
        var condition = WriteCondition.From(request.IfMatch, request.IfNoneMatch);
        // Checked first so that a refused complete leaves the upload to be completed otherwise; checked again with the write.
        var seenBefore = (upload.StartedOver, true);
        var current = bucket.Find(upload.Key);
        condition?.Check(upload.Key, current, !ReferenceEquals(upload.StartedOver, current));
        var requested = request.MultipartUpload?.Parts ?? [];
        if (requested.Count == 0) throw Protocol.Rest.XmlShapeReader.Malformed();
        List<(CompletedPart Requested, UploadedPart Stored)> matched = [];
        var chosen = upload.End(stored =>
        {
            matched = Match(upload, requested, stored);
            return [.. matched.Select(m => m.Stored)];
        }) ?? throw NoSuchUpload(upload.Id);
        bucket.Uploads.TryRemove(upload.Id, out _);
        var content = store.Settle(new ConcatenatedBlob([.. chosen.Select(c => c.Data)]));
        try
        {
            var checksum = PartChecksums.ForObject(upload, matched, content.Pieces);
            var etag = ContentMd5.ETag(MD5.HashData(matched.SelectMany(m => m.Stored.Md5).ToArray()), matched.Count);
            var parts = new List<StoredPart>(matched.Count);
            var offset = 0L;
            foreach (var (_, stored) in matched)
            {
                parts.Add(new StoredPart(offset, stored.Size, stored.Checksum is { } c && checksum is not null ? c with { Type = checksum.Type } : null));
                offset += stored.Size;
            }
            var item = new S3Object(upload.Key, content, clock.GetUtcNow(), upload.Headers, etag, checksum, upload.Tags, parts);
            var output = new CompleteMultipartUploadOutput
            {
                Location = $"{context.BaseUrl}/{bucket.Name}/{Uri.EscapeDataString(upload.Key).Replace("%2F", "/")}",
                Bucket = bucket.Name, Key = upload.Key, ETag = etag,
            };
            ObjectDescription.SetChecksum(output, item.Checksum);
            bucket.Put(item, condition, seenBefore);
            return output;
        }
        catch
        {
            content.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The stored part behind each part the complete request names: in ascending order, present with that ETag, and each
    /// but the last at least 5 MiB. Checked while the upload is locked, so nothing is taken from a refused request.
    /// </summary>
    private static List<(CompletedPart, UploadedPart)> Match(MultipartUpload upload, List<CompletedPart> requested,
        IReadOnlyDictionary<int, UploadedPart> stored)
    {
        var matched = new List<(CompletedPart, UploadedPart)>(requested.Count);
        var previous = 0;
        foreach (var part in requested)
        {
            var number = part.PartNumber ?? 0;
            if (number <= previous)
                throw new AwsError("InvalidPartOrder", "The list of parts was not in ascending order. Parts must be ordered by part number.")
                    .With("UploadId", upload.Id);
            previous = number;
            var etag = part.ETag?.Trim('"');
            if (!stored.TryGetValue(number, out var found) || found.ETag.Trim('"') != etag)
                throw new AwsError("InvalidPart",
                        "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.")
                    .With("UploadId", upload.Id).With("PartNumber", number.ToString()).With("ETag", etag);
            matched.Add((part, found));
        }
        for (var i = 0; i < matched.Count - 1; i++)
        {
            var (_, part) = matched[i];
            if (part.Size < MinPartSize)
                throw new AwsError("EntityTooSmall", "Your proposed upload is smaller than the minimum allowed size")
                    .With("ProposedSize", part.Size.ToString()).With("MinSizeAllowed", MinPartSize.ToString())
                    .With("PartNumber", part.Number.ToString()).With("ETag", part.ETag.Trim('"'));
        }
        return matched;
    }

    private MultipartUpload Upload(string bucket, string uploadId, AwsRequestContext context) =>
        buckets.Owned(bucket, context.AccountId).Uploads.GetValueOrDefault(uploadId) ?? throw NoSuchUpload(uploadId);

    private static int PartNumber(int? number) => number is >= 1 and <= MaxPartNumber
        ? number.Value
        : throw S3Errors.InvalidArgument("Part number must be an integer between 1 and 10000, inclusive", "partNumber", number?.ToString());

    public static AwsError NoSuchUpload(string uploadId) =>
        new AwsError("NoSuchUpload",
                "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.", 404)
            .With("UploadId", uploadId);

    /// <summary>Upload ids are opaque to clients; long random URL-safe text, as S3's are.</summary>
    private static string UploadId()
    {
        Span<byte> bytes = stackalloc byte[48];
        Random.Shared.NextBytes(bytes);
        return Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
    }
}
