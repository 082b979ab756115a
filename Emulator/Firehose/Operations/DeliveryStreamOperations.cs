using Emulator.Firehose.Delivery;
using Emulator.Firehose.Durability;
using Emulator.Firehose.Shapes;
using Emulator.Firehose.Streams;

namespace Emulator.Firehose.Operations;

/// <summary>CreateDeliveryStream, DescribeDeliveryStream, ListDeliveryStreams, DeleteDeliveryStream and UpdateDestination.</summary>
public sealed class DeliveryStreamOperations(FirehoseStore store, DeliveryStreamStatusChanges status, Deliveries deliveries,
    KinesisSources sources, FirehoseJournal journal, TimeProvider clock) : IOperationGroup
{
    private const int DefaultListLimit = 10;

    public void Register(OperationRegistry registry)
    {
        registry.Add<CreateDeliveryStreamInput, CreateDeliveryStreamOutput>(FirehoseService.Firehose, "CreateDeliveryStream", Create);
        registry.Add<DescribeDeliveryStreamInput, DescribeDeliveryStreamOutput>(FirehoseService.Firehose, "DescribeDeliveryStream",
            (r, c) => new DescribeDeliveryStreamOutput { DeliveryStreamDescription = Describe(store.Get(c, r.DeliveryStreamName!)) });
        registry.Add<ListDeliveryStreamsInput, ListDeliveryStreamsOutput>(FirehoseService.Firehose, "ListDeliveryStreams", List);
        registry.Add<DeleteDeliveryStreamInput, DeleteDeliveryStreamOutput>(FirehoseService.Firehose, "DeleteDeliveryStream", (r, c) =>
        {
            var stream = store.Get(c, r.DeliveryStreamName!);
            sources.Stop(stream);
            status.Delete(stream, () =>
            {
                store.Remove(stream);
                stream.Deleted();
                _ = deliveries.StopAsync(stream);
            });
            return new DeleteDeliveryStreamOutput();
        });
        registry.Add<UpdateDestinationInput, UpdateDestinationOutput>(FirehoseService.Firehose, "UpdateDestination", (r, c) =>
        {
            var stream = store.Get(c, r.DeliveryStreamName!);
            if (r.DestinationId != Destination.Id)
                throw FirehoseErrors.InvalidArgument($"Destination Id {r.DestinationId} not found for Firehose {stream.Name}.");
            stream.Update(r.CurrentDeliveryStreamVersionId!, destination => destination.Updated(r), clock.GetUtcNow());
            return new UpdateDestinationOutput();
        });
    }

    private CreateDeliveryStreamOutput Create(CreateDeliveryStreamInput request, AwsRequestContext context)
    {
        var name = request.DeliveryStreamName!;
        if (store.Find(context.AccountId, context.Region, name) is not null) throw FirehoseErrors.InUse(name, context.AccountId);
        var type = request.DeliveryStreamType ?? DeliveryStream.DirectPut;
        if (type == DeliveryStream.KinesisStreamAsSource && request.KinesisStreamSourceConfiguration is null)
            throw FirehoseErrors.InvalidArgument("KinesisSourceStreamConfig is required for KinesisStreamAsSource delivery stream type.");
        if (type != DeliveryStream.KinesisStreamAsSource && request.KinesisStreamSourceConfiguration is not null)
            throw FirehoseErrors.InvalidArgument($"KinesisSourceStreamConfig is not allowed for {type} delivery stream type.");
        if (type != DeliveryStream.DirectPut && request.DeliveryStreamEncryptionConfigurationInput is not null)
            throw FirehoseErrors.InvalidArgument($"Server-side encryption is not supported for {type} delivery stream type.");
        if (request.KinesisStreamSourceConfiguration is { } kinesis) sources.Check(kinesis.KinesisStreamARN!);
        var stream = new DeliveryStream(name, context.AccountId, context.Region, type, Destination.From(request),
            request.KinesisStreamSourceConfiguration, clock.GetUtcNow(), status.Initial, journal);
        if (request.Tags is { } tags) stream.Tag(tags);
        if (request.DeliveryStreamEncryptionConfigurationInput is { } encryption) stream.SetEncryption(TagAndEncryptionOperations.Enabled(encryption));
        if (!store.TryAdd(stream)) throw FirehoseErrors.InUse(name, context.AccountId);
        stream.Persist();
        status.Created(stream);
        if (stream.KinesisSource is not null) sources.Start(stream);
        return new CreateDeliveryStreamOutput { DeliveryStreamARN = stream.Arn };
    }

    private static DeliveryStreamDescription Describe(DeliveryStream stream) => new()
    {
        DeliveryStreamName = stream.Name,
        DeliveryStreamARN = stream.Arn,
        DeliveryStreamStatus = stream.Status,
        DeliveryStreamEncryptionConfiguration = stream.Encryption,
        DeliveryStreamType = stream.Type,
        VersionId = stream.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        CreateTimestamp = stream.Created,
        LastUpdateTimestamp = stream.LastUpdated,
        Source = stream.KinesisSource is { } kinesis
            ? new SourceDescription
            {
                KinesisStreamSourceDescription = new KinesisStreamSourceDescription
                {
                    KinesisStreamARN = kinesis.KinesisStreamARN, RoleARN = kinesis.RoleARN, DeliveryStartTimestamp = stream.Created,
                },
            }
            : null,
        Destinations = [stream.Destination.Describe()],
        HasMoreDestinations = false,
    };

    /// <summary>Names in order; all types unless one is asked for; after the exclusive start name; 10 by default.</summary>
    private ListDeliveryStreamsOutput List(ListDeliveryStreamsInput request, AwsRequestContext context)
    {
        var names = store.In(context.AccountId, context.Region)
            .Where(s => request.DeliveryStreamType is null || s.Type == request.DeliveryStreamType)
            .Select(s => s.Name)
            .Where(n => request.ExclusiveStartDeliveryStreamName is null || string.CompareOrdinal(n, request.ExclusiveStartDeliveryStreamName) > 0)
            .Order(StringComparer.Ordinal)
            .ToList();
        var limit = request.Limit ?? DefaultListLimit;
        return new ListDeliveryStreamsOutput { DeliveryStreamNames = names.Take(limit).ToList(), HasMoreDeliveryStreams = names.Count > limit };
    }
}
