using Emulator.Firehose.Delivery;
using Emulator.Firehose.Shapes;
using Emulator.Firehose.Streams;

namespace Emulator.Firehose.Operations;

/// <summary>
/// PutRecord and PutRecordBatch into a DirectPut delivery stream (API reference: up to 500 records and 4 MiB a call,
/// 1,000 KiB a record, the model checking the first and last). Every accepted record gets an id; the buffer takes it.
/// </summary>
public sealed class RecordOperations(FirehoseStore store, Deliveries deliveries) : IOperationGroup
{
    private const long MaxBatchBytes = 4 * 1024 * 1024;

    public void Register(OperationRegistry registry)
    {
        registry.Add<PutRecordInput, PutRecordOutput>(FirehoseService.Firehose, "PutRecord", (r, c) =>
        {
            deliveries.Accept(Writable(r.DeliveryStreamName!, c), [r.Record!.Data!]);
            return new PutRecordOutput { RecordId = RecordIds.Next(), Encrypted = false };
        });
        registry.Add<PutRecordBatchInput, PutRecordBatchOutput>(FirehoseService.Firehose, "PutRecordBatch", (r, c) =>
        {
            var stream = Writable(r.DeliveryStreamName!, c);
            var records = new byte[r.Records!.Count][];
            long bytes = 0;
            for (var i = 0; i < records.Length; i++) bytes += (records[i] = r.Records[i].Data!).Length;
            if (bytes > MaxBatchBytes)
                throw FirehoseErrors.InvalidArgument($"Records size exceeds 4 MiB limit: the request carries {bytes} bytes of data.");
            deliveries.Accept(stream, records);
            var responses = new List<PutRecordBatchResponseEntry>(records.Length);
            for (var i = 0; i < records.Length; i++) responses.Add(new PutRecordBatchResponseEntry { RecordId = RecordIds.Next() });
            return new PutRecordBatchOutput { FailedPutCount = 0, Encrypted = stream.Encryption.Status == "ENABLED", RequestResponses = responses };
        });
    }

    private DeliveryStream Writable(string name, AwsRequestContext context)
    {
        var stream = store.Get(context, name);
        if (stream.Type != DeliveryStream.DirectPut) throw FirehoseErrors.NotDirectPut(stream.Type);
        if (stream.Status != "ACTIVE") throw FirehoseErrors.NotActive(stream.Name, stream.Status);
        return stream;
    }
}
