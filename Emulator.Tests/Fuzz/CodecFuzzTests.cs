using Emulator.Protocol.Cbor;
using Emulator.Protocol.Json;
using Emulator.Protocol.Query;
using Emulator.Protocol.Routing;
using Emulator.Protocol.Shapes;
using Microsoft.AspNetCore.Http;

namespace Emulator.Tests.Fuzz;

/// <summary>
/// The request decoders of the JSON, CBOR and query protocols, over every operation that speaks them: whatever the
/// bytes, decoding and the model's constraint check either give a request or throw the emulator's AWS error.
/// </summary>
public class CodecFuzzTests
{
    [Fact]
    public void JSON_bodies_decode_or_get_an_AWS_error() =>
        Decode("JSON", s => s.JsonProtocol is not null, (_, sample) => SampleJson.Write(sample), CodecMutations.Json,
            (operation, bytes) => JsonRequestDecoder.Decode(operation.Input, bytes));

    [Fact]
    public void CBOR_bodies_decode_or_get_an_AWS_error() =>
        Decode("CBOR", s => s.SpeaksCbor, (_, sample) => SampleCbor.Write(sample), CodecMutations.Cbor,
            (operation, bytes) => CborRequestDecoder.Decode(operation.Input, bytes));

    [Fact]
    public void Query_forms_decode_or_get_an_AWS_error() =>
        Decode("query", s => s.SpeaksQuery, (_, sample) => SampleQuery.Form(SampleQuery.Parameters(sample)), CodecMutations.Query,
            (operation, bytes) => QueryRequestDecoder.Decode(operation.Input, QueryParameters.Read(FormRequest(), bytes)));

    private static void Decode(string target, Func<AwsServiceDescriptor, bool> speaks, Func<OperationBinding, ShapeSample, byte[]> write,
        Mutations mutations, Func<OperationBinding, byte[], object> decode) =>
        FuzzRun.Check(target, FuzzOperations.Inputs(FuzzOperations.Speaking(speaks), write, mutations), pair =>
            FuzzRun.Decodes(() => ShapeConstraints.Check(pair.Operation.Input, decode(pair.Operation, pair.Input.Bytes))));

    private static HttpRequest FormRequest() => new DefaultHttpContext { Request = { ContentType = "application/x-www-form-urlencoded" } }.Request;
}
