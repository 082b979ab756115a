using Emulator.S3.Durability;
using Emulator.Protocol.Rest;
using Emulator.S3.Buckets;
using Emulator.S3.Multipart;
using Emulator.S3.Storage;
using Emulator.S3.Operations;
using Emulator.S3.Shapes;

namespace Emulator.S3;

/// <summary>Amazon S3: REST-XML, routed by method, path and query; requests no other service claims come here.</summary>
public static class S3Service
{
    public const string XmlNamespace = "http://s3.amazonaws.com/doc/2006-03-01/";

    public static readonly AwsServiceDescriptor S3 = new()
    {
        Name = "s3",
        XmlNamespace = XmlNamespace,
        RestXml = new RestRouter(S3Routes.All),
        // XML documents (DeleteObjects of 1,000 keys, tagging) are small; object data streams, up to PutObject's 5 GiB.
        MaxRequestBytes = 4 * 1024 * 1024,
        MaxStreamingBytes = 5L * 1024 * 1024 * 1024,
        StreamTooLarge = S3Errors.EntityTooLarge,
    };

    public static IServiceCollection AddS3(this IServiceCollection services, IConfiguration? configuration = null) =>
        services.AddEmulatedService(S3, configuration, s3 => s3
            .Options<S3Options>()
            .Uses<ObjectDataStore>()
            .State<BucketStore>()
            .Durable<S3DurableState>()
            .Uses<S3Journal>()
            .Endpoints<S3Inspection>()
            .Uses<ObjectDelivery>()
            .Operations<BucketOperations>()
            .Operations<ObjectOperations>()
            .Operations<ListOperations>()
            .Operations<CopyAndDeleteOperations>()
            .Operations<TaggingOperations>()
            .Operations<MultipartOperations>()
            .Operations<UploadListOperations>());
}
