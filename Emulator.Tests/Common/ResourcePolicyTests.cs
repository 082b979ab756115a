using Emulator.Common;

namespace Emulator.Tests.Common;

public class ResourcePolicyTests
{
    private const string Caller = "222222222222";

    private static PolicyDecision Evaluate(string? policy, string action = "kinesis:PutRecord") => ResourcePolicy.Evaluate(policy, action, Caller);

    private static string Statement(string effect, string principal, string action, string extra = "") =>
        $$"""{"Effect":"{{effect}}","Principal":{{principal}},"Action":{{action}}{{extra}}}""";

    private static string Policy(params string[] statements) => $$"""{"Version":"2012-10-17","Statement":[{{string.Join(',', statements)}}]}""";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"Version":"2012-10-17","Statement":[]}""")]
    public void A_missing_empty_or_unreadable_policy_allows_nothing(string? policy) =>
        Assert.Equal(PolicyDecision.NotAllowed, Evaluate(policy));

    [Theory]
    [InlineData("""{"AWS":"222222222222"}""", PolicyDecision.Allow)]
    [InlineData("""{"AWS":"arn:aws:iam::222222222222:root"}""", PolicyDecision.Allow)]
    [InlineData("""{"AWS":["333333333333","arn:aws:iam::222222222222:role/writer"]}""", PolicyDecision.Allow)]
    [InlineData("""{"AWS":"*"}""", PolicyDecision.Allow)]
    [InlineData("\"*\"", PolicyDecision.Allow)]
    [InlineData("""{"AWS":"333333333333"}""", PolicyDecision.NotAllowed)]
    [InlineData("""{"AWS":"arn:aws:iam::2222222222220:root"}""", PolicyDecision.NotAllowed)]
    [InlineData("""{"Service":"lambda.amazonaws.com"}""", PolicyDecision.NotAllowed)]
    [InlineData("\"222222222222\"", PolicyDecision.NotAllowed)]
    public void The_principal_must_name_the_callers_account_or_everyone(string principal, PolicyDecision expected) =>
        Assert.Equal(expected, Evaluate(Policy(Statement("Allow", principal, "\"kinesis:PutRecord\""))));

    [Theory]
    [InlineData("\"kinesis:PutRecord\"", true)]
    [InlineData("\"KINESIS:putrecord\"", true)]
    [InlineData("\"kinesis:*\"", true)]
    [InlineData("\"kinesis:Put*\"", true)]
    [InlineData("\"kinesis:*Record\"", true)]
    [InlineData("\"kinesis:Put?ecord\"", true)]
    [InlineData("\"*\"", true)]
    [InlineData("""["kinesis:GetRecords","kinesis:PutRecord"]""", true)]
    [InlineData("\"kinesis:PutRecords\"", false)]
    [InlineData("\"kinesis:Put?\"", false)]
    [InlineData("\"kinesis:Get*\"", false)]
    [InlineData("\"sns:*\"", false)]
    [InlineData("[]", false)]
    public void The_action_matches_case_insensitively_with_wildcards(string action, bool allowed) =>
        Assert.Equal(allowed ? PolicyDecision.Allow : PolicyDecision.NotAllowed, Evaluate(Policy(Statement("Allow", "\"*\"", action))));

    [Theory]
    [InlineData("\"kinesis:GetRecords\"", PolicyDecision.Allow)]
    [InlineData("[\"kinesis:Get*\",\"kinesis:Describe*\"]", PolicyDecision.Allow)]
    [InlineData("\"kinesis:Put*\"", PolicyDecision.NotAllowed)]
    [InlineData("\"*\"", PolicyDecision.NotAllowed)]
    public void NotAction_applies_a_statement_to_every_action_it_does_not_name(string excluded, PolicyDecision expected) =>
        Assert.Equal(expected, Evaluate(Policy($$"""{"Effect":"Allow","Principal":"*","NotAction":{{excluded}}}""")));

    [Theory]
    [InlineData("""{"AWS":"333333333333"}""", PolicyDecision.Deny)]
    [InlineData("""{"AWS":"arn:aws:iam::222222222222:root"}""", PolicyDecision.Allow)]
    [InlineData("""{"AWS":["333333333333","222222222222"]}""", PolicyDecision.Allow)]
    public void NotPrincipal_applies_a_statement_to_every_account_it_does_not_name(string excluded, PolicyDecision expected)
    {
        var allow = Statement("Allow", "\"*\"", "\"kinesis:*\"");
        var deny = $$"""{"Effect":"Deny","NotPrincipal":{{excluded}},"Action":"kinesis:PutRecord"}""";
        Assert.Equal(expected, Evaluate(Policy(allow, deny)));
    }

    [Fact]
    public void A_deny_wins_over_any_allow_in_either_order()
    {
        var allow = Statement("Allow", """{"AWS":"*"}""", "\"kinesis:*\"");
        var deny = Statement("Deny", """{"AWS":"222222222222"}""", "\"kinesis:PutRecord\"");

        Assert.Equal(PolicyDecision.Deny, Evaluate(Policy(allow, deny)));
        Assert.Equal(PolicyDecision.Deny, Evaluate(Policy(deny, allow)));
        Assert.Equal(PolicyDecision.Allow, Evaluate(Policy(allow, deny), "kinesis:GetRecords"));
    }

    [Fact]
    public void Statements_with_a_condition_are_skipped_whatever_their_effect()
    {
        const string condition = ""","Condition":{"StringEquals":{"aws:SourceAccount":"222222222222"}}""";

        Assert.Equal(PolicyDecision.NotAllowed, Evaluate(Policy(Statement("Allow", "\"*\"", "\"*\"", condition))));
        Assert.Equal(PolicyDecision.Allow, Evaluate(Policy(Statement("Allow", "\"*\"", "\"*\""), Statement("Deny", "\"*\"", "\"*\"", condition))));
    }

    [Fact]
    public void A_single_statement_object_and_any_case_of_effect_are_read()
    {
        Assert.Equal(PolicyDecision.Allow, Evaluate($$"""{"Statement":{{Statement("allow", "\"*\"", "\"kinesis:PutRecord\"")}}}"""));
        Assert.Equal(PolicyDecision.Deny, Evaluate(Policy(Statement("DENY", "\"*\"", "\"kinesis:PutRecord\""))));
        Assert.Equal(PolicyDecision.NotAllowed, Evaluate(Policy(Statement("Maybe", "\"*\"", "\"kinesis:PutRecord\""))));
    }

    // Found by the resource policy fuzz target: a stored policy whose Effect was an object made every cross-account call a 500.
    [Theory]
    [InlineData("{}")]
    [InlineData("[\"Allow\"]")]
    public void An_effect_that_is_not_a_string_allows_nothing(string effect) =>
        Assert.Equal(PolicyDecision.NotAllowed, Evaluate($$$"""{"Statement":{"Effect":{{{effect}}},"Principal":"*","Action":"*"}}"""));
}
