using Emulator.Protocol.Shapes;

namespace Emulator.Sns.Shapes;

public sealed class CreatePlatformApplicationRequest
{
    [AwsMember(Required = true)]
    public string? Name { get; set; }

    [AwsMember(Required = true)]
    public string? Platform { get; set; }

    /// <summary>Required; SNS answers its absence with a ValidationError, not MissingParameter.</summary>
    public Dictionary<string, string>? Attributes { get; set; }
}

public sealed class CreatePlatformApplicationResult
{
    public string? PlatformApplicationArn { get; set; }
}

public sealed class PlatformApplicationArnRequest
{
    [AwsMember(Required = true)]
    public string? PlatformApplicationArn { get; set; }
}

public sealed class SetPlatformApplicationAttributesRequest
{
    [AwsMember(Required = true)]
    public string? PlatformApplicationArn { get; set; }

    /// <summary>Required; SNS answers its absence with a ValidationError, not MissingParameter.</summary>
    public Dictionary<string, string>? Attributes { get; set; }
}

public sealed class AttributesResult
{
    public Dictionary<string, string>? Attributes { get; set; }
}

public sealed class ListPlatformApplicationsRequest
{
    public string? NextToken { get; set; }
}

public sealed class ListPlatformApplicationsResult
{
    public List<PlatformApplicationEntry>? PlatformApplications { get; set; }
    public string? NextToken { get; set; }
}

public sealed class PlatformApplicationEntry
{
    public string? PlatformApplicationArn { get; set; }
    public Dictionary<string, string>? Attributes { get; set; }
}

public sealed class CreatePlatformEndpointRequest
{
    [AwsMember(Required = true)]
    public string? PlatformApplicationArn { get; set; }

    [AwsMember(Required = true)]
    public string? Token { get; set; }

    public string? CustomUserData { get; set; }
    public Dictionary<string, string>? Attributes { get; set; }
}

public sealed class CreatePlatformEndpointResult
{
    public string? EndpointArn { get; set; }
}

public sealed class EndpointArnRequest
{
    [AwsMember(Required = true)]
    public string? EndpointArn { get; set; }
}

public sealed class SetEndpointAttributesRequest
{
    [AwsMember(Required = true)]
    public string? EndpointArn { get; set; }

    /// <summary>Required; SNS answers its absence with a ValidationError, not MissingParameter.</summary>
    public Dictionary<string, string>? Attributes { get; set; }
}

public sealed class ListEndpointsByPlatformApplicationRequest
{
    [AwsMember(Required = true)]
    public string? PlatformApplicationArn { get; set; }

    public string? NextToken { get; set; }
}

public sealed class ListEndpointsByPlatformApplicationResult
{
    public List<EndpointEntry>? Endpoints { get; set; }
    public string? NextToken { get; set; }
}

public sealed class EndpointEntry
{
    public string? EndpointArn { get; set; }
    public Dictionary<string, string>? Attributes { get; set; }
}
