using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Filtering;

/// <summary>
/// A subscription filter policy, validated and compiled once when it is set; matching a message does no policy parsing.
/// </summary>
public sealed class FilterPolicy
{
    public const int MaxPolicyBytes = 256 * 1024;

    private readonly ObjectRule _root;

    private FilterPolicy(FilterPolicyScope scope, ObjectRule root)
    {
        Scope = scope;
        _root = root;
    }

    public FilterPolicyScope Scope { get; }

    /// <summary>Parses and validates a policy; throws <see cref="Protocol.Errors.AwsError"/> InvalidParameter with AWS's reason.</summary>
    public static FilterPolicy Parse(string policyJson, FilterPolicyScope scope)
    {
        if (Encoding.UTF8.GetByteCount(policyJson) > MaxPolicyBytes)
            throw FilterPolicyErrors.Invalid($"Filter policy must not exceed {MaxPolicyBytes} bytes");
        if (ReadPolicy(policyJson) is not JObject root) throw FilterPolicyErrors.Invalid("Filter is not an object");
        PolicyLimits.CheckDepth(root);
        PolicyLocations.Annotate(root);
        var rule = new PolicyCompiler(scope).CompileRoot(root);
        PolicyLimits.Check(root);
        return new FilterPolicy(scope, rule);
    }

    /// <summary>Whether a message with these attributes passes a <see cref="FilterPolicyScope.MessageAttributes"/> policy.</summary>
    public bool Matches(IReadOnlyDictionary<string, FilterAttribute> messageAttributes)
    {
        RequireScope(FilterPolicyScope.MessageAttributes);
        return _root.MatchesAttributes(messageAttributes);
    }

    /// <summary>Whether a message body passes a <see cref="FilterPolicyScope.MessageBody"/> policy; a body that is not a JSON object matches nothing.</summary>
    public bool MatchesBody(string messageBody)
    {
        RequireScope(FilterPolicyScope.MessageBody);
        JToken body;
        try
        {
            body = JsonDocuments.Parse(messageBody);
        }
        catch (JsonException)
        {
            return false;
        }
        return body is JObject bodyObject && _root.MatchesBody(bodyObject);
    }

    private static JToken ReadPolicy(string policyJson)
    {
        // Decimal keeps policy numbers exact; depth is bounded by the compiler, not the reader.
        using var reader = new JsonTextReader(new StringReader(policyJson))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            MaxDepth = null,
        };
        try
        {
            var token = JToken.ReadFrom(reader);
            if (reader.Read()) throw new JsonReaderException("Unexpected content after the end of the policy.");
            return token;
        }
        catch (JsonException e)
        {
            throw FilterPolicyErrors.Invalid($"failed to parse JSON. {JsonSyntax.Error(policyJson) ?? e.Message}");
        }
    }

    private void RequireScope(FilterPolicyScope scope)
    {
        if (Scope != scope)
            throw new InvalidOperationException($"This filter policy applies to the {Scope} scope, not {scope}.");
    }
}
