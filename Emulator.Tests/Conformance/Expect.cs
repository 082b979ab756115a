using System.Text.RegularExpressions;
using Emulator.Tests.Conformance.Wire;

namespace Emulator.Tests.Conformance;

/// <summary>What a case's last call must answer.</summary>
public abstract record Expectation
{
    public abstract void Check(WireResponse response);
}

public static class Expect
{
    /// <summary>
    /// An error: the HTTP status, the code a client reports (the query code for SQS and SNS), the message, and for
    /// SQS's JSON protocol the shape name AWS sends as <c>__type</c> (LocalStack's recordings call it
    /// <c>QueryErrorCode</c>). A message that starts with <c>^</c> is a regular expression; <paramref name="queryMessage"/>
    /// is the query protocol's where AWS words it differently there.
    /// </summary>
    public static Expectation Error(int status, string code, string message, string? jsonType = null, string fault = "Sender",
        string? queryMessage = null) =>
        new ErrorExpectation(status, code, message, queryMessage ?? message, jsonType, fault);

    /// <summary>
    /// A REST-XML error (S3): the status, the code and message of its <c>Error</c> document, and the further elements
    /// that name what it is about (<c>BucketName</c>, <c>Key</c>, <c>UploadId</c>...). A HEAD answer has no body, so
    /// only its status can be checked: give the code as null.
    /// </summary>
    public static Expectation RestError(int status, string? code, string? message, params (string Name, string Value)[] fields) =>
        new RestErrorExpectation(status, code, message, fields);

    private sealed record RestErrorExpectation(int Status, string? Code, string? Message, (string Name, string Value)[] Fields) : Expectation
    {
        public override void Check(WireResponse response)
        {
            Assert.True(response.IsError, $"expected {Code ?? Status.ToString()}, got {response}");
            Assert.Equal((Status, Code, Message), (response.Status, response.ErrorCode, response.ErrorMessage));
            foreach (var (name, value) in Fields) Assert.Equal(value, response.Value(name));
        }
    }

    /// <summary>Success, with the named values (first occurrence anywhere in the answer) as given.</summary>
    public static Expectation Success(params (string Name, string Value)[] values) =>
        new SuccessExpectation(response =>
        {
            foreach (var (name, value) in values) Assert.Equal(value, response.Value(name));
        });

    /// <summary>Success, checked by <paramref name="check"/>.</summary>
    public static Expectation Success(Action<WireResponse> check) => new SuccessExpectation(check);

    private sealed record ErrorExpectation(int Status, string Code, string JsonMessage, string QueryMessage, string? JsonType, string Fault)
        : Expectation
    {
        public override void Check(WireResponse response)
        {
            Assert.True(response.IsError, $"expected {Code}, got {response}");
            Assert.Equal((Status, Code), (response.Status, response.ErrorCode));
            var message = response.Protocol == WireProtocol.Query ? QueryMessage : JsonMessage;
            if (message.StartsWith('^')) Assert.Matches(new Regex(message), response.ErrorMessage ?? "");
            else Assert.Equal(message, response.ErrorMessage);
            if (response.Protocol == WireProtocol.Query || response.QueryErrorHeader is not null) Assert.Equal(Fault, response.Fault);
            if (response.Protocol != WireProtocol.Query && JsonType is not null) Assert.Equal(JsonType, response.JsonType);
        }
    }

    private sealed record SuccessExpectation(Action<WireResponse> Assertions) : Expectation
    {
        public override void Check(WireResponse response)
        {
            Assert.False(response.IsError, $"expected success, got {response}");
            Assertions(response);
        }
    }
}
