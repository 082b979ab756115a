using Emulator.Protocol.SigV4;

namespace Emulator.Tests.Protocol.SigV4;

public class SigningKeysTests
{
    [Fact]
    public void A_signing_key_is_derived_as_AWS_documents_it() =>
        // AWS General Reference, "Examples of how to derive a signing key for Signature Version 4".
        Assert.Equal("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d",
            Convert.ToHexStringLower(SigningKeys.Derive("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20120215", "us-east-1", "iam")));

    [Fact]
    public void Only_configured_access_keys_have_signing_keys_and_each_scope_is_derived_once()
    {
        var keys = new SigningKeys(AccessKeys.Parse("AKID:secret, 111111111111:other"));

        var first = keys.For("AKID", "20261204", "us-east-1", "sqs");

        Assert.Same(first, keys.For("AKID", "20261204", "us-east-1", "sqs"));
        Assert.NotNull(keys.For("111111111111", "20261204", "us-east-1", "sqs"));
        Assert.Null(keys.For("unknown", "20261204", "us-east-1", "sqs"));
    }

    [Fact]
    public void Credentials_default_to_test_test_and_must_be_pairs()
    {
        Assert.Equal("test", AccessKeys.Parse(null).SecretOf("test"));
        Assert.Contains("KEY:SECRET", Assert.Throws<ArgumentException>(() => AccessKeys.Parse("AKID")).Message);
    }
}
