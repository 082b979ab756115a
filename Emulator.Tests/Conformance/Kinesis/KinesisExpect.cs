using Emulator.Tests.Conformance.Wire;

namespace Emulator.Tests.Conformance.Kinesis;

/// <summary>Kinesis's own kinds of answer.</summary>
public static class KinesisExpect
{
    /// <summary>
    /// The request framework's ValidationException naming exactly these broken constraints, in any order (AWS's order
    /// follows its own model, so kinesalite's suite checks them as a set too).
    /// </summary>
    public static Expectation Violations(params string[] violations) => new ViolationsExpectation(violations);

    /// <summary>Success with an empty body: what AWS answers for an operation whose model declares no output.</summary>
    public static readonly Expectation EmptyBody = Expect.Success(response => Assert.Equal("", response.Body));

    public static Expectation InvalidArgument(string message) => Expect.Error(400, "InvalidArgumentException", message);

    public static Expectation NotFound(string message) => Expect.Error(400, "ResourceNotFoundException", message);

    private sealed record ViolationsExpectation(string[] Violations) : Expectation
    {
        public override void Check(WireResponse response)
        {
            Assert.Equal((400, "ValidationException"), (response.Status, response.ErrorCode));
            var prefix = $"{Violations.Length} validation error{(Violations.Length == 1 ? "" : "s")} detected: ";
            Assert.StartsWith(prefix, response.ErrorMessage);
            Assert.Equal(Violations.Order(StringComparer.Ordinal), response.ErrorMessage![prefix.Length..].Split("; ").Order(StringComparer.Ordinal));
        }
    }
}
