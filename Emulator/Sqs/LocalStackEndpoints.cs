using Emulator.Protocol.Pipeline;
using Emulator.Sqs.Operations;
using Emulator.Sqs.Queues;
using Emulator.Sqs.Shapes;

namespace Emulator.Sqs;

/// <summary>
/// LocalStack's SQS peek path, so that test suites written against LocalStack read queues here unchanged:
/// <c>/_aws/sqs/messages?QueueUrl=…</c> (GET or POST, the URL also as a form field) and
/// <c>/_aws/sqs/messages/{region}/{account}/{queue}</c>, answering ReceiveMessage's result in the query protocol's XML,
/// or in AWS JSON when asked for JSON, with every attribute, and without changing any message (<c>ShowInvisible</c>,
/// <c>ShowDelayed</c> add in-flight and delayed messages).
/// </summary>
public sealed class LocalStackEndpoints(SqsStore store, OperationRegistry registry) : IServiceEndpoints
{
    /// <summary>Peeked messages carry this instead of a receipt handle; it deletes and changes nothing.</summary>
    public const string PeekHandle = "SQS/PEEK/NOT-A-RECEIPT-HANDLE";

    public void Map(IEndpointRouteBuilder admin, IEndpointRouteBuilder root)
    {
        root.MapMethods("/_aws/sqs/messages", ["GET", "POST"], async (HttpContext http) =>
        {
            var values = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString()) : [];
            foreach (var (key, value) in http.Request.Query) values.TryAdd(key, value.ToString());
            var queueUrl = values.GetValueOrDefault("QueueUrl");
            var queue = queueUrl is null ? null : FromUrl(queueUrl, http);
            await AnswerAsync(http, queue, values);
        });
        root.MapGet("/_aws/sqs/messages/{region}/{account}/{name}", async (HttpContext http, string region, string account, string name) =>
            await AnswerAsync(http, store.Find(account, region, name), http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString())));
    }

    private SqsQueue? FromUrl(string url, HttpContext http)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : url;
        var parts = path.Trim('/').Split('/');
        if (parts.Length < 2) return null;
        var region = Protocol.SigV4.SigV4Credential.FromAuthorizationHeader(http.Request.Headers.Authorization)?.Region ?? "us-east-1";
        return store.Find(parts[^2], region, parts[^1]) ?? store.AllQueues().FirstOrDefault(q => q.AccountId == parts[^2] && q.Name == parts[^1]);
    }

    private Task AnswerAsync(HttpContext http, SqsQueue? queue, Dictionary<string, string> values)
    {
        var operation = registry.Find(SqsService.Sqs, "ReceiveMessage")!;
        var json = http.Request.Headers.Accept.ToString().Contains("json", StringComparison.OrdinalIgnoreCase)
                   || http.Request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;
        var protocol = json ? WireProtocol.Json10 : WireProtocol.Query;
        var requestId = RandomUuid.New().ToString();
        if (queue is null) return ResponseWriter.WriteErrorAsync(http.Response, protocol, SqsService.Sqs, SqsErrors.QueueDoesNotExist(), requestId);
        bool Flag(string name) => values.GetValueOrDefault(name) is "true" or "True" or "1";
        var view = new ReceivedMessageView(["All"], ["All"]);
        var result = new ReceiveMessageResult
        {
            Messages = queue.Messages.Peek(Flag("ShowInvisible"), Flag("ShowDelayed"), PeekHandle).Select(view.Render).ToList(),
        };
        return ResponseWriter.WriteResultAsync(http.Response, protocol, operation, result, requestId);
    }
}
