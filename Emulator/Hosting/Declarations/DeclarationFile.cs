using Emulator.Firehose;
using Emulator.Kinesis;
using Emulator.Protocol.Pipeline;
using Emulator.S3;
using Emulator.Sns;
using Emulator.Sqs;
using YamlDotNet.RepresentationModel;
using Fh = Emulator.Firehose.Shapes;
using Ks = Emulator.Kinesis.Shapes;
using S3s = Emulator.S3.Shapes;
using SnsShapes = Emulator.Sns.Shapes;
using SqsShapes = Emulator.Sqs.Shapes;

namespace Emulator.Hosting.Declarations;

/// <summary>
/// The resources a YAML file declares (<c>--config FILE</c>, <c>EMULATOR_CONFIG</c>; <c>docs/examples/emulator.yaml</c>):
/// <c>queues</c>, <c>topics</c> with <c>subscriptions</c>, <c>streams</c>, <c>buckets</c>, <c>deliveryStreams</c> and
/// <c>functions</c> (Lambda endpoints), each in the file's default account and region unless it names its own. They are
/// turned into the operations that create them, in an order where what is referred to by name exists first; the
/// operations check them as they check any request, and a refusal names the file's line. Values may name environment
/// variables (<c>${WEBHOOK_URL}</c>, <c>${REGION:-us-east-1}</c>), and a <c>settings</c> section sets options.
/// </summary>
public sealed class DeclarationFile
{
    private static readonly string[] Sections =
        ["settings", "account", "region", "queues", "topics", "streams", "buckets", "deliveryStreams", "functions", "faults"];

    private readonly Node _root;
    private readonly string _folder;

    private DeclarationFile(Node root, string folder)
    {
        _root = root;
        _folder = folder;
        foreach (var (key, value) in root.Entries())
            if (!Sections.Contains(key)) throw value.Error($"unknown section; the file may declare {string.Join(", ", Sections)}");
        Functions = root.Map("functions");
        Faults = [.. root.Items("faults").Select(Fault)];
        Settings = root["settings"] is { } settings ? Flatten(settings) : new Dictionary<string, string?>();
    }

    /// <summary>Lambda function endpoints the file declares, by function name or ARN.</summary>
    public IReadOnlyDictionary<string, string> Functions { get; }

    /// <summary>Faults to inject from the start (<c>faults: [{service: sqs, operation: SendMessage, error: RequestThrottled}]</c>).</summary>
    public IReadOnlyList<Faults.FaultSpec> Faults { get; }

    /// <summary>
    /// Options the file sets (<c>settings: {port: 4600, sqs: {purge-limit: true}}</c>) as configuration keys; the
    /// command line and environment variables override them.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>The steps in the order they run: buckets, streams, queues, topics and their subscriptions, delivery streams.</summary>
    public IEnumerable<IReadOnlyList<DeclaredStep>> Steps(string defaultRegion)
    {
        var account = _root.String("account") ?? Protocol.SigV4.SigV4Credential.DefaultAccountId;
        var region = _root.String("region") ?? defaultRegion;
        (string Account, string Region) Where(Node item) => (item.String("account") ?? account, item.String("region") ?? region);
        yield return [.. _root.Items("buckets").SelectMany(b => Bucket(b, Where(b), _folder))];
        yield return [.. _root.Items("streams").Select(s => Stream(s, Where(s)))];
        yield return [.. _root.Items("queues").SelectMany(q => Queue(q, Where(q)))];
        yield return [.. _root.Items("topics").SelectMany(t => Topic(t, Where(t)))];
        yield return [.. _root.Items("deliveryStreams").Select(d => DeliveryStream(d, Where(d)))];
    }

    public static DeclarationFile Read(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        YamlStream yaml = new();
        try
        {
            using var reader = new StreamReader(path);
            yaml.Load(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DeclarationError(name, 0, $"the configuration file {System.IO.Path.GetFullPath(path)} cannot be read: {e.Message}");
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new DeclarationError(name, (int)e.Start.Line, e.InnerException?.Message ?? e.Message);
        }
        var root = yaml.Documents.Count == 0 ? new YamlMappingNode() : yaml.Documents[0].RootNode;
        return new DeclarationFile(new Node(root, name, ""), System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
    }

    /// <summary>
    /// <c>--kinesis-streams</c>, a shorthand for a file of streams: <c>name[:shards|:on-demand][@region]</c>,
    /// comma-separated (<c>orders:4,clicks:on-demand@eu-west-1</c>); one shard and the default region when not said.
    /// </summary>
    public static DeclarationFile FromKinesisStreams(string spec)
    {
        var streams = new YamlSequenceNode();
        foreach (var item in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var at = item.Split('@', 2);
            var parts = at[0].Split(':', 2);
            var stream = new YamlMappingNode { { "name", parts[0] } };
            if (parts.Length == 2 && parts[1].Equals("on-demand", StringComparison.OrdinalIgnoreCase)) stream.Add("onDemand", "true");
            else if (parts.Length == 2 && int.TryParse(parts[1], out _)) stream.Add("shards", parts[1]);
            else if (parts.Length == 2) throw new DeclarationError(KinesisStreamsFlag, 0, $"'{item}' is not name[:shards|:on-demand][@region]");
            if (at.Length == 2) stream.Add("region", at[1]);
            streams.Add(stream);
        }
        return new DeclarationFile(new Node(new YamlMappingNode { { "streams", streams } }, KinesisStreamsFlag, ""), Directory.GetCurrentDirectory());
    }

    private const string KinesisStreamsFlag = "--kinesis-streams";

    private static Faults.FaultSpec Fault(Node item)
    {
        var spec = new Faults.FaultSpec(item.Required("service"), item.String("operation"), item.Double("errorRate"), item.String("error"),
            item.Int("status"), item.String("message"), item.Int("latencyMs") ?? 0);
        return spec.Problem is { } problem ? throw item.Error(problem) : spec;
    }

    private static Dictionary<string, string?> Flatten(Node settings)
    {
        var keys = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        void Add(Node node, string prefix)
        {
            foreach (var (key, value) in node.Entries())
            {
                var name = prefix.Length == 0 ? key : $"{prefix}:{key}";
                if (name.Equals("config", StringComparison.OrdinalIgnoreCase)) throw value.Error("a configuration file cannot name another");
                if (value.IsMapping) Add(value, name);
                else keys[name] = value.Text;
            }
        }
        Add(settings, "");
        return keys;
    }

    /// <summary>A bucket, and with <c>seedFrom</c> one object per file of that folder (relative to the configuration file's), keyed by its relative path.</summary>
    private static IEnumerable<DeclaredStep> Bucket(Node bucket, (string Account, string Region) at, string fileFolder)
    {
        var name = bucket.Required("name");
        yield return new DeclaredStep(bucket, S3Service.S3, "CreateBucket", new S3s.CreateBucketRequest
        {
            Bucket = name,
            CreateBucketConfiguration = at.Region == "us-east-1" ? null : new S3s.CreateBucketConfiguration { LocationConstraint = at.Region },
        }, at.Account, at.Region);
        if (bucket.String("seedFrom") is not { } seed) yield break;
        var folder = System.IO.Path.Combine(fileFolder, seed);
        if (!Directory.Exists(folder)) throw bucket["seedFrom"]!.Error($"the folder {folder} does not exist");
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            yield return new DeclaredStep(bucket, S3Service.S3, "PutObject", new S3s.PutObjectRequest
            {
                Bucket = name,
                Key = System.IO.Path.GetRelativePath(folder, file).Replace('\\', '/'),
                Body = ChunkedBlob.Of(File.ReadAllBytes(file)),
            }, at.Account, at.Region);
    }

    private static DeclaredStep Stream(Node stream, (string Account, string Region) at) => new(stream, KinesisService.Kinesis, "CreateStream",
        new Ks.CreateStreamInput
        {
            StreamName = stream.Required("name"),
            ShardCount = stream.Flag("onDemand") ? null : stream.Int("shards") ?? 1,
            StreamModeDetails = stream.Flag("onDemand") ? new Ks.StreamModeDetails { StreamMode = "ON_DEMAND" } : null,
        }, at.Account, at.Region);

    private static IEnumerable<DeclaredStep> Queue(Node queue, (string Account, string Region) at)
    {
        var attributes = queue.Map("attributes");
        if (queue["deadLetterQueue"] is { } dlq)
            attributes["RedrivePolicy"] = new Newtonsoft.Json.Linq.JObject
            {
                ["deadLetterTargetArn"] = $"arn:aws:sqs:{at.Region}:{at.Account}:{dlq.Required("name")}",
                ["maxReceiveCount"] = dlq.Int("maxReceiveCount") ?? 3,
            }.ToString(Newtonsoft.Json.Formatting.None);
        yield return new DeclaredStep(queue, SqsService.Sqs, "CreateQueue", new SqsShapes.CreateQueueRequest
        {
            QueueName = queue.Required("name"), Attributes = attributes.Count == 0 ? null : attributes, Tags = NullIfEmpty(queue.Map("tags")),
        }, at.Account, at.Region);
    }

    private static IEnumerable<DeclaredStep> Topic(Node topic, (string Account, string Region) at)
    {
        var name = topic.Required("name");
        var arn = $"arn:aws:sns:{at.Region}:{at.Account}:{name}";
        yield return new DeclaredStep(topic, SnsService.Sns, "CreateTopic", new SnsShapes.CreateTopicInput
        {
            Name = name, Attributes = NullIfEmpty(topic.Map("attributes")),
            Tags = topic.Map("tags") is { Count: > 0 } tags ? tags.Select(t => new SnsShapes.Tag { Key = t.Key, Value = t.Value }).ToList() : null,
        }, at.Account, at.Region);
        foreach (var subscription in topic.Items("subscriptions"))
        {
            var (protocol, endpoint) = Endpoint(subscription, at);
            var attributes = subscription.Map("attributes");
            if (subscription.Flag("rawMessageDelivery")) attributes["RawMessageDelivery"] = "true";
            if (subscription["filterPolicy"] is { } policy) attributes["FilterPolicy"] = policy.AsJsonOrText();
            // SNS needs a role to write into a delivery stream; the emulator checks that one is named, not what it may do.
            if (protocol == "firehose") attributes.TryAdd("SubscriptionRoleArn", $"arn:aws:iam::{at.Account}:role/sns-firehose");
            yield return new DeclaredStep(subscription, SnsService.Sns, "Subscribe", new SnsShapes.SubscribeInput
            {
                TopicArn = arn, Protocol = protocol, Endpoint = endpoint, Attributes = NullIfEmpty(attributes), ReturnSubscriptionArn = true,
            }, at.Account, at.Region);
        }
    }

    /// <summary>A subscription's target: <c>queue: name</c>, <c>http(s): url</c>, <c>lambda: name or ARN</c>, <c>deliveryStream: name</c>, or <c>protocol</c> with <c>endpoint</c>.</summary>
    private static (string Protocol, string Endpoint) Endpoint(Node subscription, (string Account, string Region) at)
    {
        if (subscription.String("queue") is { } queue) return ("sqs", $"arn:aws:sqs:{at.Region}:{at.Account}:{queue}");
        if (subscription.String("http") is { } http) return (http.StartsWith("https:", StringComparison.Ordinal) ? "https" : "http", http);
        if (subscription.String("lambda") is { } function)
            return ("lambda", function.StartsWith("arn:", StringComparison.Ordinal) ? function : $"arn:aws:lambda:{at.Region}:{at.Account}:function:{function}");
        if (subscription.String("deliveryStream") is { } stream) return ("firehose", $"arn:aws:firehose:{at.Region}:{at.Account}:deliverystream/{stream}");
        return (subscription.Required("protocol"), subscription.Required("endpoint"));
    }

    private static DeclaredStep DeliveryStream(Node stream, (string Account, string Region) at)
    {
        var role = $"arn:aws:iam::{at.Account}:role/firehose";
        var hints = new Fh.BufferingHints { SizeInMBs = stream.Int("bufferMB"), IntervalInSeconds = stream.Int("bufferSeconds") };
        var request = new Fh.CreateDeliveryStreamInput { DeliveryStreamName = stream.Required("name") };
        if (stream.String("kinesisStream") is { } source)
        {
            request.DeliveryStreamType = "KinesisStreamAsSource";
            request.KinesisStreamSourceConfiguration = new Fh.KinesisStreamSourceConfiguration
            {
                KinesisStreamARN = $"arn:aws:kinesis:{at.Region}:{at.Account}:stream/{source}", RoleARN = role,
            };
        }
        if (stream.String("httpEndpoint") is { } url)
            request.HttpEndpointDestinationConfiguration = new Fh.HttpEndpointDestinationConfiguration
            {
                EndpointConfiguration = new Fh.HttpEndpointConfiguration { Url = url, Name = stream.Required("name") },
                BufferingHints = new Fh.HttpEndpointBufferingHints { SizeInMBs = hints.SizeInMBs, IntervalInSeconds = hints.IntervalInSeconds },
                S3Configuration = new Fh.S3DestinationConfiguration { RoleARN = role, BucketARN = $"arn:aws:s3:::{stream.Required("bucket")}" },
            };
        else
            request.ExtendedS3DestinationConfiguration = new Fh.ExtendedS3DestinationConfiguration
            {
                RoleARN = role, BucketARN = $"arn:aws:s3:::{stream.Required("bucket")}", Prefix = stream.String("prefix"),
                ErrorOutputPrefix = stream.String("errorPrefix"), CompressionFormat = stream.String("compression"), BufferingHints = hints,
            };
        return new DeclaredStep(stream, FirehoseService.Firehose, "CreateDeliveryStream", request, at.Account, at.Region);
    }

    private static Dictionary<string, string>? NullIfEmpty(Dictionary<string, string> map) => map.Count == 0 ? null : map;
}
