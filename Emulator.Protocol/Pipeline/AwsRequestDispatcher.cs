using Emulator.Protocol.Cbor;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Json;
using Emulator.Protocol.Query;
using Emulator.Protocol.Rest;
using Emulator.Protocol.Routing;
using Emulator.Protocol.Shapes;
using Emulator.Protocol.SigV4;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Emulator.Protocol.Pipeline;

/// <summary>
/// The request pipeline of every AWS operation: identify, build the context, decode, invoke, encode.
/// Services see typed requests only; this class never knows what a queue is.
/// </summary>
public sealed class AwsRequestDispatcher(OperationRegistry registry, DispatcherOptions options, ILogger<AwsRequestDispatcher> logger,
    IEnumerable<IRequestObserver> observers, IEnumerable<IRequestInterceptor> interceptors, IEnumerable<IResponseGate> gates,
    IHostApplicationLifetime lifetime, AuthenticationMode authentication, TimeProvider clock)
{
    private readonly SigV4Verifier? _verifier = authentication.Keys is { } keys ? new SigV4Verifier(keys, clock) : null;
    private readonly IRequestInterceptor[] _interceptors = [.. interceptors];
    private readonly IResponseGate[] _gates = [.. gates];
    private readonly RequestIdentifier _identifier = new(registry, options.FallbackQueryService);
    private readonly RestRequestIdentifier _rest = new(registry);
    private readonly IRequestObserver[] _observers = [.. observers];

    public async Task HandleAsync(HttpContext http)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var request = http.Request;
        var requestId = RandomUuid.New().ToString();
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        var identified = _identifier.FromTarget(request);
        var protocol = identified?.Protocol ?? WireProtocol.Query;
        var service = identified?.Service;
        string? operationName = null;
        SigV4Credential? credential = null;
        try
        {
            credential = SigV4Credential.FromAuthorizationHeader(request.Headers.Authorization)
                             ?? SigV4Credential.FromScope(request.Query["X-Amz-Credential"]);
            if (identified is null && _rest.Identify(request, credential) is { } rest)
            {
                (identified, protocol, service) = (rest, WireProtocol.RestXml, rest.Service);
                http.Response.Headers["x-amz-request-id"] = requestId;
                http.Response.Headers["x-amz-id-2"] = requestId;
            }
            var streaming = identified?.Operation?.Input.StreamingPayload is not null;
            using var body = streaming
                ? RequestBody.Empty
                : await RequestBody.ReadAsync(request, service?.MaxRequestBytes ?? options.MaxRequestBytes, http.RequestAborted)
                    .ConfigureAwait(false);

            if (identified is null)
            {
                identified = _identifier.FromQuery(QueryParameters.Read(request, body.Memory.Span), credential);
                service = identified.Value.Service;
            }
            else if (protocol is WireProtocol.Json10 or WireProtocol.Json11 && !RequestIdentifier.IsJsonContentType(request.ContentType))
            {
                throw CommonErrors.UnsupportedMediaType(request.ContentType);
            }

            using var payload = _verifier?.Verify(request, service,
                identified.Value.Operation is { } named && named.Service.UnsignedOperations.Contains(named.Name), body.Memory.Span, streaming);
            var operation = identified.Value.Operation ?? throw UnknownOperation(request, identified.Value);
            operationName = operation.Name;
            foreach (var interceptor in _interceptors)
                if (await interceptor.BeforeAsync(operation.Service.Name, operation.Name, http.RequestAborted).ConfigureAwait(false) is { } injected)
                    throw injected;
            using var stream = streaming
                ? await StreamingRequestBody.ReadAsync(request, service!.MaxStreamingBytes, service.StreamTooLarge, payload, http.RequestAborted)
                    .ConfigureAwait(false)
                : null;
            var input = protocol switch
            {
                WireProtocol.Query => QueryRequestDecoder.Decode(operation.Input, identified.Value.QueryParameters!),
                WireProtocol.Cbor11 => CborRequestDecoder.Decode(operation.Input, body.Memory),
                WireProtocol.RestXml => RestRequestDecoder.Decode(operation.Input, identified.Value.Route!, identified.Value.QueryParameters!,
                    request.Headers, body.Memory, stream),
                _ => DecodeJson(operation, body),
            };
            ShapeConstraints.Check(operation.Input, input);

            var context = new AwsRequestContext
            {
                Service = operation.Service,
                Operation = operation.Name,
                Protocol = protocol,
                AccountId = credential?.AccountId ?? SigV4Credential.DefaultAccountId,
                Region = credential?.Region ?? options.DefaultRegion,
                RequestId = requestId,
                BaseUrl = options.PublicBaseUrl ?? $"{request.Scheme}://{request.Host.Value}",
                Path = request.Path.Value ?? "/",
                AccessKeyId = credential?.AccessKeyId,
                TraceHeader = request.Headers.TryGetValue("X-Amzn-Trace-Id", out var trace) ? trace.ToString() : null,
                Aborted = http.RequestAborted,
                Stopping = lifetime.ApplicationStopping,
            };
            var result = await operation.Invoke(input, context).ConfigureAwait(false);
            foreach (var gate in _gates) await gate.BeforeAnswerAsync(http.RequestAborted).ConfigureAwait(false);
            await ResponseWriter.WriteResultAsync(http.Response, protocol, operation, result, requestId,
                identified.Value.Route?.Route.SuccessStatus ?? 200).ConfigureAwait(false);
            Answered(service, operationName, credential, http.Response.StatusCode, null, started);
        }
        catch (AwsError error)
        {
            // A failed operation may have changed some state first (a batch's earlier entries, a dead-letter move).
            foreach (var gate in _gates) await gate.BeforeAnswerAsync(http.RequestAborted).ConfigureAwait(false);
            await ResponseWriter.WriteErrorAsync(http.Response, protocol, service, error, requestId).ConfigureAwait(false);
            Answered(service, operationName, credential, error.Status, error.Code, started);
        }
        catch (Exception exception) when (http.RequestAborted.IsCancellationRequested && exception is OperationCanceledException or IOException)
        {
            // The client went away (a reset, a cancelled HTTP/2 stream); there is no one to answer.
        }
        catch (BadHttpRequestException fault)
        {
            logger.LogDebug("{Service}.{Operation}: {Fault}", service?.Name, operationName, fault.Message);
            var error = CommonErrors.UnreadableBody(fault.StatusCode, fault.Message);
            if (!http.Response.HasStarted)
                await ResponseWriter.WriteErrorAsync(http.Response, protocol, service, error, requestId).ConfigureAwait(false);
            Answered(service, operationName, credential, error.Status, error.Code, started);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Unhandled failure in {Service}.{Operation}", service?.Name, operationName);
            var error = CommonErrors.InternalFailure("The request processing has failed because of an unknown error.");
            if (!http.Response.HasStarted)
                await ResponseWriter.WriteErrorAsync(http.Response, protocol, service, error, requestId).ConfigureAwait(false);
            Answered(service, operationName, credential, 500, error.Code, started);
        }
    }

    private static object DecodeJson(OperationBinding operation, RequestBody body) => JsonRequestDecoder.Decode(operation.Input, body.Memory.Span);

    private static AwsError UnknownOperation(HttpRequest request, IdentifiedRequest identified) =>
        identified.Protocol == WireProtocol.RestXml ? CommonErrors.NotImplemented()
        : identified.Protocol == WireProtocol.Query
            ? CommonErrors.InvalidAction(identified.QueryParameters?.GetValueOrDefault("Action") ?? "")
            : CommonErrors.UnknownOperation(request.Headers[RequestIdentifier.TargetHeader].ToString());

    private void Answered(AwsServiceDescriptor? service, string? operation, SigV4Credential? credential, int status, string? code, long started)
    {
        if (logger.IsEnabled(LogLevel.Debug))
            logger.LogDebug("{Service}.{Operation} -> {Status} {Code}", service?.Name ?? "?", operation ?? "?", status, code);
        if (_observers.Length == 0) return;
        var answered = new AnsweredRequest(service, operation, credential?.AccountId ?? SigV4Credential.DefaultAccountId,
            credential?.Region ?? options.DefaultRegion, status, code, started);
        foreach (var observer in _observers) observer.Answered(answered);
    }
}
