using Emulator.Firehose.Shapes;
using Emulator.Protocol.Shapes;

namespace Emulator.Firehose.Streams;

/// <summary>
/// A delivery stream's one destination: its kind (<c>ExtendedS3</c>, <c>S3</c>, <c>HttpEndpoint</c>, <c>Redshift</c>, ...)
/// and configuration, with the defaults AWS fills in (API reference, the *DestinationConfiguration types: 5 MiB / 300 s
/// buffering, no compression, no encryption, logging off). S3, ExtendedS3 and HttpEndpoint are delivered; the others are
/// kept and described only. A plain S3 destination is kept as ExtendedS3, as AWS describes it both ways.
/// </summary>
public sealed class Destination
{
    public const string Id = "destinationId-000000000001";

    private static readonly string[] Delivered = ["ExtendedS3", "S3", "HttpEndpoint"];

    private Destination(string kind, object configuration)
    {
        Kind = kind;
        Configuration = configuration;
    }

    public string Kind { get; }

    /// <summary><see cref="ExtendedS3DestinationConfiguration"/> for S3 kinds, <see cref="HttpEndpointDestinationConfiguration"/>, or the given one.</summary>
    public object Configuration { get; }

    public bool Delivers => Delivered.Contains(Kind);

    public ExtendedS3DestinationConfiguration? S3 => Configuration as ExtendedS3DestinationConfiguration;
    public HttpEndpointDestinationConfiguration? Http => Configuration as HttpEndpointDestinationConfiguration;

    /// <summary>When a buffer goes out: its size hint in bytes and its interval.</summary>
    public (long Bytes, TimeSpan Interval) Buffering => Configuration switch
    {
        ExtendedS3DestinationConfiguration s3 => Hints(s3.BufferingHints!.SizeInMBs, s3.BufferingHints.IntervalInSeconds),
        HttpEndpointDestinationConfiguration http => Hints(http.BufferingHints!.SizeInMBs, http.BufferingHints.IntervalInSeconds),
        _ => Hints(5, 300),
    };

    private static (long, TimeSpan) Hints(int? megabytes, int? seconds) =>
        ((megabytes ?? 5) * 1024L * 1024, TimeSpan.FromSeconds(seconds ?? 300));

    /// <summary>The one destination a create request configures (InvalidArgumentException for none or several).</summary>
    public static Destination From(CreateDeliveryStreamInput input)
    {
        var shape = ShapeCatalog.For<CreateDeliveryStreamInput>();
        var given = shape.Members
            .Where(m => m.Name.EndsWith("DestinationConfiguration", StringComparison.Ordinal) && m.Get(input) is not null)
            .Select(m => (Kind: m.Name[..^"DestinationConfiguration".Length], Configuration: m.Get(input)!))
            .ToList();
        if (given.Count != 1)
            throw FirehoseErrors.InvalidArgument(given.Count == 0
                ? "Exactly one destination configuration is required; none was given."
                : "Exactly one destination configuration is required; " + string.Join(", ", given.Select(g => g.Kind + "DestinationConfiguration")) + " were given.");
        var (kind, configuration) = given[0];
        return kind switch
        {
            "S3" => new Destination(kind, WithDefaults(ShapeCopier.Copy<ExtendedS3DestinationConfiguration>(configuration), extended: false)),
            "ExtendedS3" => new Destination(kind, WithDefaults((ExtendedS3DestinationConfiguration)configuration, extended: true)),
            "HttpEndpoint" => new Destination(kind, WithDefaults((HttpEndpointDestinationConfiguration)configuration)),
            _ => new Destination(kind, configuration),
        };
    }

    /// <summary>A destination as a record kept it (durable mode): its configuration is whole, defaults filled in.</summary>
    public static Destination Restored(string kind, object configuration) => new(kind, configuration);

    /// <summary>The type of <see cref="Configuration"/> for a kind of destination.</summary>
    public static Type ConfigurationType(string kind) => kind is "S3" or "ExtendedS3"
        ? typeof(ExtendedS3DestinationConfiguration)
        : ShapeCatalog.For<CreateDeliveryStreamInput>().ByName[kind + "DestinationConfiguration"].Shape!.Type;

    /// <summary>This destination with an UpdateDestination's changes; the update must be for this kind of destination.</summary>
    public Destination Updated(UpdateDestinationInput update)
    {
        var shape = ShapeCatalog.For<UpdateDestinationInput>();
        var given = shape.Members.Where(m => m.Name.EndsWith("DestinationUpdate", StringComparison.Ordinal) && m.Get(update) is not null)
            .Select(m => (Kind: m.Name[..^"DestinationUpdate".Length], Update: m.Get(update)!)).ToList();
        if (given.Count != 1) throw FirehoseErrors.InvalidArgument("Exactly one destination update is required.");
        var (kind, changes) = given[0];
        var sameFamily = kind == Kind || kind is "S3" or "ExtendedS3" && S3 is not null;
        if (!sameFamily)
            throw FirehoseErrors.InvalidArgument($"Changing the destination type to or from {kind} is not supported; the destination is {Kind}.");
        var configuration = ShapeCopier.Copy(Configuration, ShapeCatalog.For(Configuration.GetType()));
        ShapeCopier.Overlay(changes, configuration);
        return new Destination(Kind == "S3" && kind == "ExtendedS3" ? "ExtendedS3" : Kind, configuration);
    }

    public DestinationDescription Describe()
    {
        var description = new DestinationDescription { DestinationId = Id };
        switch (Configuration)
        {
            case ExtendedS3DestinationConfiguration s3:
                description.S3DestinationDescription = ShapeCopier.Copy<S3DestinationDescription>(s3);
                if (Kind == "ExtendedS3") description.ExtendedS3DestinationDescription = ShapeCopier.Copy<ExtendedS3DestinationDescription>(s3);
                break;
            default:
                var member = ShapeCatalog.For<DestinationDescription>().ByName[Kind + "DestinationDescription"];
                member.Set(description, ShapeCopier.Copy(Configuration, member.Shape!));
                break;
        }
        return description;
    }

    private static ExtendedS3DestinationConfiguration WithDefaults(ExtendedS3DestinationConfiguration s3, bool extended)
    {
        s3.BufferingHints ??= new BufferingHints();
        s3.BufferingHints.SizeInMBs ??= 5;
        s3.BufferingHints.IntervalInSeconds ??= 300;
        s3.CompressionFormat ??= "UNCOMPRESSED";
        s3.EncryptionConfiguration ??= new EncryptionConfiguration { NoEncryptionConfig = "NoEncryption" };
        s3.CloudWatchLoggingOptions ??= new CloudWatchLoggingOptions { Enabled = false };
        s3.Prefix ??= "";
        if (extended) s3.S3BackupMode ??= "Disabled";
        return s3;
    }

    private static HttpEndpointDestinationConfiguration WithDefaults(HttpEndpointDestinationConfiguration http)
    {
        http.BufferingHints ??= new HttpEndpointBufferingHints();
        http.BufferingHints.SizeInMBs ??= 5;
        http.BufferingHints.IntervalInSeconds ??= 300;
        http.RequestConfiguration ??= new HttpEndpointRequestConfiguration();
        http.RequestConfiguration.ContentEncoding ??= "NONE";
        http.RetryOptions ??= new HttpEndpointRetryOptions { DurationInSeconds = 300 };
        http.S3BackupMode ??= "FailedDataOnly";
        http.CloudWatchLoggingOptions ??= new CloudWatchLoggingOptions { Enabled = false };
        WithDefaults(http.S3Configuration!);
        return http;
    }

    private static void WithDefaults(S3DestinationConfiguration s3)
    {
        s3.BufferingHints ??= new BufferingHints { SizeInMBs = 5, IntervalInSeconds = 300 };
        s3.CompressionFormat ??= "UNCOMPRESSED";
        s3.EncryptionConfiguration ??= new EncryptionConfiguration { NoEncryptionConfig = "NoEncryption" };
        s3.CloudWatchLoggingOptions ??= new CloudWatchLoggingOptions { Enabled = false };
        s3.Prefix ??= "";
    }
}
