namespace Emulator.Tests.Conformance;

/// <summary>Where a conformance case's fact comes from, written so a reader can find it.</summary>
public static class Source
{
    /// <summary>
    /// A response LocalStack recorded on real AWS: <paramref name="snapshot"/> is the file under
    /// <c>tests/aws/services/</c> without <c>.snapshot.json</c> (<c>sqs/test_sqs</c>), <paramref name="test"/> the
    /// recording's key after the test file (<c>TestSqsProvider::test_send_batch_missing_message_group_id</c>) and,
    /// where the test records several, the response's name in it.
    /// </summary>
    public static string Recorded(string snapshot, string test, string? response = null) =>
        $"localstack/localstack tests/aws/services/{snapshot}.snapshot.json: tests/aws/services/{snapshot}.py::{test}" +
        (response is null ? "" : $" / {response}");

    /// <summary>
    /// An assertion (not a recording) of a LocalStack test marked <c>aws.validated</c>, that is, run against real AWS:
    /// <paramref name="test"/> as in <see cref="Recorded"/>.
    /// </summary>
    public static string Validated(string snapshot, string test) =>
        $"localstack/localstack tests/aws/services/{snapshot}.py::{test} (an assertion of a test validated on AWS)";

    /// <summary>A page of AWS's documentation.</summary>
    public static string Doc(string url) => url;

    /// <summary>A test of kinesalite's suite, which was run against real AWS (<c>test/putRecords.js</c>, its title).</summary>
    public static string Kinesalite(string file, string title) => $"mhart/kinesalite {file}: {title}";

    /// <summary>
    /// An answer from AWS quoted in a GitHub issue (an SDK's error report): <paramref name="repository"/> and number, and
    /// what it shows.
    /// </summary>
    public static string Issue(string repository, int number, string shows) => $"https://github.com/{repository}/issues/{number}: {shows}";
}
