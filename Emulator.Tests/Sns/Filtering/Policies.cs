using Emulator.Sns.Filtering;

namespace Emulator.Tests.Sns.Filtering;

/// <summary>Shorthands for the tests: policies with single-quoted JSON, and message attributes.</summary>
internal static class Policies
{
    public static FilterPolicy Attributes(string policy) =>
        FilterPolicy.Parse(policy.Replace('\'', '"'), FilterPolicyScope.MessageAttributes);

    public static FilterPolicy Body(string policy) =>
        FilterPolicy.Parse(policy.Replace('\'', '"'), FilterPolicyScope.MessageBody);

    public static bool Accepts(this FilterPolicy policy, params (string Name, string Type, string Value)[] attributes) =>
        policy.Matches(attributes.ToDictionary(a => a.Name, a => new FilterAttribute(a.Type, a.Value)));

    public static bool AcceptsString(this FilterPolicy policy, string name, string value) =>
        policy.Accepts((name, "String", value));

    public static bool AcceptsNumber(this FilterPolicy policy, string name, string value) =>
        policy.Accepts((name, "Number", value));

    public static bool AcceptsArray(this FilterPolicy policy, string name, string jsonArray) =>
        policy.Accepts((name, "String.Array", jsonArray.Replace('\'', '"')));

    public static bool AcceptsBody(this FilterPolicy policy, string body) => policy.MatchesBody(body.Replace('\'', '"'));
}
