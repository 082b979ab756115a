using Emulator.Protocol.SigV4;

namespace Emulator.Tests.Protocol;

public class SigV4CredentialTests
{
    [Fact]
    public void Reads_key_region_and_service_from_authorization_header()
    {
        var credential = SigV4Credential.FromAuthorizationHeader(
            "AWS4-HMAC-SHA256 Credential=123456789012/20240101/eu-west-1/sqs/aws4_request, SignedHeaders=host, Signature=abc");

        Assert.Equal(new SigV4Credential("123456789012", "eu-west-1", "sqs"), credential);
        Assert.Equal("123456789012", credential!.Value.AccountId);
    }

    [Fact]
    public void Non_numeric_keys_map_to_the_default_account()
    {
        var credential = SigV4Credential.FromScope("AKIAEXAMPLE/20240101/us-west-2/sns/aws4_request");
        Assert.Equal("000000000000", credential!.Value.AccountId);
        Assert.Equal("us-west-2", credential.Value.Region);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public void Absent_or_foreign_authorization_gives_no_credential(string? header) =>
        Assert.Null(SigV4Credential.FromAuthorizationHeader(header));
}
