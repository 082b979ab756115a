using Emulator.Protocol.Pipeline;
using Emulator.Protocol.Rest;
using Emulator.Protocol.Routing;
using Emulator.Protocol.Shapes;
using Emulator.S3.Shapes;
using FsCheck.Fluent;

namespace Emulator.Tests.Fuzz;

/// <summary>
/// The REST-XML request decoder over every S3 operation: labels, query parameters, headers and XML bodies as clients
/// send them and mutated; the route is matched again from the request, as the pipeline does, before the decode.
/// </summary>
public class RestXmlFuzzTests
{
    private static readonly RestRouter Router = new(S3Routes.All);

    [Fact]
    public void REST_XML_requests_decode_or_get_an_AWS_error()
    {
        var operations = FuzzOperations.Speaking(s => s.RestXml is not null);
        var requests =
            from operation in Gen.Elements(operations)
            from request in RestSample.Of(S3Routes.All.First(r => r.Operation == operation.Name), operation.Input)
            select (operation, request);
        FuzzRun.Check("REST-XML", requests, pair => FuzzRun.Decodes(() => Decode(pair.operation, pair.request)));
    }

    private static void Decode(OperationBinding operation, RestSample request)
    {
        var headers = request.HeaderDictionary();
        var route = Router.Match(request.Route.Method, request.Path(), request.Query, headers.ContainsKey);
        if (route?.Route != request.Route) return;
        var streamed = operation.Input.StreamingPayload is null
            ? null
            : new StreamingRequestBody(ChunkedBlob.Of(request.Body), new Dictionary<string, string>());
        ShapeConstraints.Check(operation.Input, RestRequestDecoder.Decode(operation.Input, route, request.Query, headers, request.Body, streamed));
    }
}
