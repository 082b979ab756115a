using Emulator.S3.Operations;
using Emulator.S3.Shapes;

namespace Emulator.S3.Multipart;

/// <summary>
/// ListMultipartUploads (by key, then by initiation; key and upload-id markers, prefix and delimiter) and ListParts
/// (by part number, part-number marker), up to 1,000 a page.
/// </summary>
public sealed class UploadListOperations(Buckets.BucketStore buckets) : IOperationGroup
{
    private const int MaxPage = 1000;

    public void Register(OperationRegistry registry)
    {
        registry.Add<ListMultipartUploadsRequest, ListMultipartUploadsOutput>(S3Service.S3, "ListMultipartUploads", ListUploads);
        registry.Add<ListPartsRequest, ListPartsOutput>(S3Service.S3, "ListParts", ListParts);
    }

    private ListMultipartUploadsOutput ListUploads(ListMultipartUploadsRequest request, AwsRequestContext context)
    {
        var bucket = buckets.Owned(request.Bucket!, context.AccountId);
        var max = Math.Clamp(request.MaxUploads ?? MaxPage, 0, MaxPage);
        var keyMarker = request.KeyMarker ?? "";
        var idMarker = request.UploadIdMarker ?? "";
        var ordered = bucket.Uploads.Values
            .Where(u => request.Prefix is null || u.Key.StartsWith(request.Prefix, StringComparison.Ordinal))
            .OrderBy(u => u.Key, StringComparer.Ordinal).ThenBy(u => u.Initiated).ThenBy(u => u.Id, StringComparer.Ordinal)
            .SkipWhile(u => keyMarker.Length > 0 && IsAtOrBefore(u, keyMarker, idMarker, bucket.Uploads));
        var uploads = new List<MultipartUpload>();
        var prefixes = new SortedSet<string>(StringComparer.Ordinal);
        var truncated = false;
        MultipartUpload? last = null;
        foreach (var upload in ordered)
        {
            if (uploads.Count + prefixes.Count >= max)
            {
                truncated = true;
                break;
            }
            if (request.Delimiter is { Length: > 0 } delimiter
                && upload.Key.IndexOf(delimiter, request.Prefix?.Length ?? 0, StringComparison.Ordinal) is var at and >= 0)
                prefixes.Add(upload.Key[..(at + delimiter.Length)]);
            else
                uploads.Add(upload);
            last = upload;
        }
        var owner = Owner(context);
        return new ListMultipartUploadsOutput
        {
            Bucket = bucket.Name, KeyMarker = keyMarker, UploadIdMarker = idMarker, Prefix = request.Prefix, Delimiter = request.Delimiter,
            NextKeyMarker = last?.Key ?? "", NextUploadIdMarker = last?.Id ?? "", MaxUploads = max, IsTruncated = truncated,
            EncodingType = request.EncodingType,
            Uploads = uploads.Count == 0 ? null : uploads.Select(u => new Shapes.MultipartUpload
            {
                UploadId = u.Id, Key = u.Key, Initiated = u.Initiated, StorageClass = "STANDARD", Owner = owner,
                Initiator = new Initiator { ID = owner.ID, DisplayName = owner.DisplayName },
                ChecksumAlgorithm = u.ChecksumAlgorithm?.Name, ChecksumType = u.ChecksumType,
            }).ToList(),
            CommonPrefixes = prefixes.Count == 0 ? null : prefixes.Select(p => new CommonPrefix { Prefix = p }).ToList(),
        };
    }

    /// <summary>Uploads up to the markers: keys before the key marker, and with an upload-id marker, that key's uploads up to that one.</summary>
    private static bool IsAtOrBefore(MultipartUpload upload, string keyMarker, string idMarker,
        System.Collections.Concurrent.ConcurrentDictionary<string, MultipartUpload> all)
    {
        var order = string.CompareOrdinal(upload.Key, keyMarker);
        if (order != 0 || idMarker.Length == 0) return order <= 0;
        return !all.TryGetValue(idMarker, out var marker) || upload.Initiated < marker.Initiated
               || upload.Initiated == marker.Initiated && string.CompareOrdinal(upload.Id, marker.Id) <= 0;
    }

    private ListPartsOutput ListParts(ListPartsRequest request, AwsRequestContext context)
    {
        var bucket = buckets.Owned(request.Bucket!, context.AccountId);
        var upload = bucket.Uploads.GetValueOrDefault(request.UploadId!) ?? throw MultipartOperations.NoSuchUpload(request.UploadId!);
        var max = Math.Clamp(request.MaxParts ?? MaxPage, 0, MaxPage);
        var marker = request.PartNumberMarker ?? 0;
        var after = upload.Parts().Where(p => p.Number > marker).ToList();
        var page = after.Take(max).ToList();
        var owner = Owner(context);
        return new ListPartsOutput
        {
            Bucket = bucket.Name, Key = upload.Key, UploadId = upload.Id, PartNumberMarker = marker,
            NextPartNumberMarker = page.Count > 0 ? page[^1].Number : 0, MaxParts = max, IsTruncated = after.Count > page.Count,
            StorageClass = "STANDARD", Owner = owner, Initiator = new Initiator { ID = owner.ID, DisplayName = owner.DisplayName },
            ChecksumAlgorithm = upload.ChecksumAlgorithm?.Name, ChecksumType = upload.ChecksumType,
            Parts = page.Count == 0 ? null : page.Select(p =>
            {
                var part = new Part { PartNumber = p.Number, LastModified = p.LastModified, ETag = p.ETag, Size = p.Size };
                ObjectDescription.SetChecksum(part, p.Checksum);
                return part;
            }).ToList(),
        };
    }

    private static Owner Owner(AwsRequestContext context) => new() { ID = context.AccountId, DisplayName = "emulator" };
}
