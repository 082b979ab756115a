using Emulator.Protocol.Shapes;

namespace Emulator.Sns.Shapes;

public sealed class PhoneNumberRequest
{
    [AwsMember("phoneNumber", Required = true)]
    public string? PhoneNumber { get; set; }
}

public sealed class CheckIfPhoneNumberIsOptedOutResult
{
    [AwsMember("isOptedOut")]
    public bool IsOptedOut { get; set; }
}

public sealed class ListPhoneNumbersOptedOutRequest
{
    [AwsMember("nextToken")]
    public string? NextToken { get; set; }
}

public sealed class ListPhoneNumbersOptedOutResult
{
    [AwsMember("phoneNumbers")]
    public List<string>? PhoneNumbers { get; set; }

    [AwsMember("nextToken")]
    public string? NextToken { get; set; }
}

public sealed class GetSMSAttributesRequest
{
    [AwsMember("attributes")]
    public List<string>? Attributes { get; set; }
}

public sealed class SetSMSAttributesRequest
{
    [AwsMember("attributes", Required = true)]
    public Dictionary<string, string>? Attributes { get; set; }
}

public sealed class SmsAttributesResult
{
    [AwsMember("attributes")]
    public Dictionary<string, string>? Attributes { get; set; }
}

/// <summary>An empty result element (<c>/// <summary>The empty result element several SMS operations answer with.</summary>lt;TagResourceResult//// <summary>The empty result element several SMS operations answer with.</summary>gt;</c>), for operations whose model declares an output without members.</summary>
public sealed class EmptyWrappedResult;

public sealed class SandboxPhoneNumberRequest
{
    [AwsMember(Required = true)]
    public string? PhoneNumber { get; set; }

    public string? LanguageCode { get; set; }
    public string? OneTimePassword { get; set; }
}

public sealed class GetSMSSandboxAccountStatusRequest;

public sealed class GetSMSSandboxAccountStatusResult
{
    public bool IsInSandbox { get; set; }
}

public sealed class PagedRequest
{
    public string? NextToken { get; set; }
    public int? MaxResults { get; set; }
}

public sealed class ListSMSSandboxPhoneNumbersResult
{
    public List<SandboxPhoneNumberEntry>? PhoneNumbers { get; set; }
    public string? NextToken { get; set; }
}

public sealed class SandboxPhoneNumberEntry
{
    public string? PhoneNumber { get; set; }
    public string? Status { get; set; }
}

public sealed class ListOriginationNumbersResult
{
    public List<PhoneNumberInformation>? PhoneNumbers { get; set; }
    public string? NextToken { get; set; }
}

public sealed class PhoneNumberInformation
{
    public DateTimeOffset? CreatedAt { get; set; }
    public string? PhoneNumber { get; set; }
    public string? Status { get; set; }
    public string? Iso2CountryCode { get; set; }
    public string? RouteType { get; set; }
    public List<string>? NumberCapabilities { get; set; }
}
