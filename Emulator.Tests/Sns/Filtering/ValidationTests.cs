using Emulator.Protocol.Errors;
using Emulator.Sns.Filtering;

namespace Emulator.Tests.Sns.Filtering;

public class ValidationTests
{
    private static AwsError Reject(string policy, FilterPolicyScope scope = FilterPolicyScope.MessageAttributes) =>
        Assert.Throws<AwsError>(() => FilterPolicy.Parse(policy.Replace('\'', '"'), scope));

    private static void AssertReason(string reason, string policy, FilterPolicyScope scope = FilterPolicyScope.MessageAttributes)
    {
        var error = Reject(policy, scope);
        Assert.Equal("InvalidParameter", error.Code);
        Assert.Equal(400, error.Status);
        Assert.True(error.SenderFault);
        // The reason's first line; where AWS's parser stopped, on the next line, is checked by the conformance suite.
        Assert.Equal($"Invalid parameter: FilterPolicy: {reason}", error.Message.Split('\n')[0]);
    }

    [Theory]
    [InlineData("{'key': [['value']]}", "Match value must be String, number, true, false, or null")]
    [InlineData("{'key': [{'wrong-operator': true}]}", "Unrecognized match type wrong-operator")]
    [InlineData("{'key': [{'suffix': 'value', 'prefix': 'value2'}]}", "Only one key allowed in match expression")]
    [InlineData("{'key': [{}]}", "Match expression name not found")]
    [InlineData("{'key': []}", "Empty arrays are not allowed")]
    [InlineData("{'key': 'value'}", "\"key\" must be an object or an array")]
    [InlineData("{'key': 5}", "\"key\" must be an object or an array")]
    [InlineData("[]", "Filter is not an object")]
    [InlineData("'policy'", "Filter is not an object")]
    public void Structure(string policy, string reason) => AssertReason(reason, policy);

    [Theory]
    [InlineData("{'key': [{'suffix': 100}]}", "suffix match pattern must be a string")]
    [InlineData("{'key': [{'suffix': null}]}", "suffix match pattern must be a string")]
    [InlineData("{'key': [{'suffix': ['a']}]}", "suffix match pattern must be a string")]
    [InlineData("{'key': [{'prefix': 1}]}", "prefix match pattern must be a string")]
    [InlineData("{'key': [{'prefix': {'wildcard': 'a'}}]}", "Unsupported prefix pattern: wildcard")]
    [InlineData("{'key': [{'suffix': {}}]}", "Suffix expression name not found")]
    [InlineData("{'key': [{'prefix': {'equals-ignore-case': 1}}]}", "equals-ignore-case match pattern must be a string")]
    [InlineData("{'key': [{'equals-ignore-case': ['a']}]}", "equals-ignore-case match pattern must be a string")]
    [InlineData("{'key': [{'wildcard': 5}]}", "wildcard match pattern must be a string")]
    [InlineData("{'key': [{'wildcard': 'a**b'}]}", "Consecutive wildcard characters at pos 1")]
    [InlineData("{'key': [{'wildcard': 'a\\\\b'}]}", "Invalid escape character at pos 1")]
    [InlineData("{'key': [{'exists': null}]}", "exists match pattern must be either true or false.")]
    [InlineData("{'key': [{'exists': 'no'}]}", "exists match pattern must be either true or false.")]
    [InlineData("{'key': [{'exists': true, 'prefix': 'a'}]}", "Only one key allowed in match expression")]
    public void String_and_key_operators(string policy, string reason) => AssertReason(reason, policy);

    [Theory]
    [InlineData("{'key': [{'numeric': []}]}", "Invalid member in numeric match: ]")]
    [InlineData("{'key': [{'numeric': ['operator']}]}", "Unrecognized numeric range operator: operator")]
    [InlineData("{'key': [{'numeric': [1, '<=']}]}", "Invalid member in numeric match: 1")]
    [InlineData("{'key': [{'numeric': ['=', '000']}]}", "Value of equals must be numeric")]
    [InlineData("{'key': [{'numeric': ['>=']}]}", "Value of >= must be numeric")]
    [InlineData("{'key': [{'numeric': ['<', 100, '>', 10]}]}", "Too many elements in numeric expression")]
    [InlineData("{'key': [{'numeric': ['=', 1, '<', 10]}]}", "Too many elements in numeric expression")]
    [InlineData("{'key': [{'numeric': ['>=', 1, '>', 2]}]}", "Bad numeric range operator: >")]
    [InlineData("{'key': [{'numeric': ['>', 3, '<', 1]}]}", "Bottom must be less than top")]
    [InlineData("{'key': [{'numeric': ['>', 3, '<=', 3]}]}", "Bottom must be less than top")]
    [InlineData("{'key': [{'numeric': ['>', 20, '<=']}]}", "Value of <= must be numeric")]
    [InlineData("{'key': [{'numeric': ['>', 20, 30]}]}", "Bad value in numeric range: 30")]
    [InlineData("{'key': [{'numeric': ['>', 20, 'test']}]}", "Bad numeric range operator: test")]
    [InlineData("{'key': [{'numeric': ['>', '20', '<', '30']}]}", "Value of > must be numeric")]
    [InlineData("{'key': [{'numeric': ['>', 20, '<', '30']}]}", "Value of < must be numeric")]
    [InlineData("{'key': [{'numeric': ['>', 20, '<', 30, '<', 50]}]}", "Too many terms in numeric range expression")]
    [InlineData("{'key': [{'numeric': '>'}]}", "Value of numeric must be an array.")]
    [InlineData("{'key': [{'numeric': ['>', 1000000001]}]}", "Value must be between -1.0E9 and 1.0E9, inclusive")]
    [InlineData("{'key': [{'numeric': ['<', -1e10]}]}", "Value must be between -1.0E9 and 1.0E9, inclusive")]
    [InlineData("{'key': [{'numeric': ['>', 1], 'prefix': 'a'}]}", "Too many elements in numeric expression")]
    public void Numeric_operator(string policy, string reason) => AssertReason(reason, policy);

    [Theory]
    [InlineData("{'key': [{'anything-but': null}]}", "Value of anything-but must be an array or single string/number value.")]
    [InlineData("{'key': [{'anything-but': true}]}", "Value of anything-but must be an array or single string/number value.")]
    [InlineData("{'key': [{'anything-but': ['a', 1]}]}", "Inside anything but list, either all values are number or string, mixed type is not supported")]
    [InlineData("{'key': [{'anything-but': []}]}", "Inside anything but list, either all values are number or string, mixed type is not supported")]
    [InlineData("{'key': [{'anything-but': [null]}]}", "Inside anything but list, start|null|boolean is not supported.")]
    [InlineData("{'key': [{'anything-but': [2000000000]}]}", "Value must be between -1.0E9 and 1.0E9, inclusive")]
    [InlineData("{'key': [{'anything-but': {}}]}", "Anything-But expression name not found")]
    [InlineData("{'key': [{'anything-but': {'numeric': ['>', 1]}}]}", "Unsupported anything-but pattern: numeric")]
    [InlineData("{'key': [{'anything-but': {'prefix': ''}}]}", "Null prefix not allowed")]
    [InlineData("{'key': [{'anything-but': {'suffix': ['a']}}]}", "Unsupported anything-but pattern: suffix")]
    [InlineData("{'key': [{'anything-but': {'prefix': 1}}]}", "prefix match pattern must be a string")]
    [InlineData("{'key': [{'anything-but': {'equals-ignore-case': [1]}}]}", "Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.")]
    [InlineData("{'key': [{'anything-but': {'wildcard': [null]}}]}", "wildcard match pattern must be a string")]
    [InlineData("{'key': [{'anything-but': {'wildcard': 'a**'}}]}", "Consecutive wildcard characters at pos 1")]
    [InlineData("{'key': [{'anything-but': {'prefix': null}}]}", "prefix match pattern must be a string")]
    [InlineData("{'key': [{'anything-but': {'prefix': 'a', 'suffix': 'b'}}]}", "Too many elements in numeric expression")]
    public void Anything_but_operator(string policy, string reason) => AssertReason(reason, policy);

    [Theory]
    [InlineData("{'ip': [{'cidr': 10}]}", "prefix match pattern must be a string")]
    [InlineData("{'ip': [{'cidr': '10.0.0.0'}]}", "Malformed CIDR, one '/' required")]
    [InlineData("{'ip': [{'cidr': '10.0.0.0/8/8'}]}", "Malformed CIDR, one '/' required")]
    [InlineData("{'ip': [{'cidr': '10.0.0.0/x'}]}", "Malformed CIDR, mask bits must be an integer")]
    [InlineData("{'ip': [{'cidr': '10.0.0.0/-1'}]}", "Malformed CIDR, mask bits must not be negative")]
    [InlineData("{'ip': [{'cidr': 'example.com/8'}]}", "Nonstandard IP address: example.com")]
    [InlineData("{'ip': [{'cidr': '999.0.0.1/8'}]}", "Invalid IP address: 999.0.0.1")]
    [InlineData("{'ip': [{'cidr': '10.0.0.0/32'}]}", "IPv4 mask bits must be < 32")]
    [InlineData("{'ip': [{'cidr': '::/128'}]}", "IPv6 mask bits must be < 128")]
    public void Cidr_operator(string policy, string reason) => AssertReason(reason, policy);

    [Theory]
    [InlineData("{'$or': {'a': ['b']}}", "It must be an Array followed with $or.")]
    [InlineData("{'$or': [{'a': ['b']}, 'c']}", "Only JSON object is allowed in array of $or relationship.")]
    [InlineData("{'$or': [{'a': ['b']}]}", "There must have at least 2 Objects in $or relationship.")]
    [InlineData("{'$or': [{'a': ['b']}, {}]}", "Empty objects are not allowed")]
    public void Or_operator(string policy, string reason) => AssertReason(reason, policy);

    [Fact]
    public void Message_attribute_policies_cannot_nest()
    {
        var error = Reject("{'object': {'key': ['value']}}");
        Assert.Equal("InvalidParameter", error.Code);
        Assert.Equal("Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy", error.Message);

        Assert.NotNull(FilterPolicy.Parse("{\"object\": {\"key\": [\"value\"]}}", FilterPolicyScope.MessageBody));
        AssertReason("Empty objects are not allowed", "{'object': {}}", FilterPolicyScope.MessageBody);
    }

    [Fact]
    public void At_most_five_keys()
    {
        Assert.NotNull(Policies.Attributes("{'a': [1], 'b': [1], 'c': [1], 'd': [1], 'e': [1]}"));
        AssertReason("Filter policy can not have more than 5 keys", "{'a': [1], 'b': [1], 'c': [1], 'd': [1], 'e': [1], 'f': [1]}");
    }

    [Fact]
    public void Body_policies_count_only_top_level_keys()
    {
        var nested = "{'state': ['SUCCESS'], 'severity': [{'exists': true}], 'message': [{'exists': true}], " +
                     "'finding': {'standard_control': [{'exists': true}], 'region': [{'exists': true}], 'account': [{'exists': true}]}}";
        Assert.NotNull(Policies.Body(nested));
        AssertReason("Filter policy can not have more than 5 keys",
            "{'a': [1], 'b': [1], 'c': [1], 'd': [1], 'e': [1], 'f': {'g': [1]}}", FilterPolicyScope.MessageBody);
    }

    [Fact]
    public void Or_counts_the_keys_of_its_largest_alternative()
    {
        Assert.NotNull(Policies.Attributes("{'a': [1], 'b': [1], '$or': [{'c': [1], 'd': [1], 'e': [1]}, {'f': [1], 'g': [1]}]}"));
        AssertReason("Filter policy can not have more than 5 keys",
            "{'a': [1], 'b': [1], 'c': [1], '$or': [{'d': [1], 'e': [1], 'f': [1]}, {'g': [1]}]}");
    }

    [Fact]
    public void At_most_150_combinations_of_values()
    {
        var values = (int count) => "[" + string.Join(", ", Enumerable.Range(0, count)) + "]";
        Assert.NotNull(Policies.Attributes($"{{'a': {values(150)}}}"));
        Assert.NotNull(Policies.Attributes($"{{'a': {values(10)}, 'b': {values(15)}}}"));
        AssertReason("Filter policy is too complex", $"{{'a': {values(151)}}}");
        AssertReason("Filter policy is too complex", $"{{'a': {values(10)}, 'b': {values(16)}}}");
    }

    [Fact]
    public void Or_alternatives_add_their_combinations()
    {
        var values = (int count) => "[" + string.Join(", ", Enumerable.Range(0, count)) + "]";
        Assert.NotNull(Policies.Attributes($"{{'a': {values(2)}, '$or': [{{'b': {values(50)}}}, {{'c': {values(25)}}}]}}"));
        AssertReason("Filter policy is too complex", $"{{'a': {values(2)}, '$or': [{{'b': {values(50)}}}, {{'c': {values(26)}}}]}}");
    }

    [Fact]
    public void Nested_keys_multiply_their_values_by_their_depth()
    {
        // key_d sits four keys deep (4 values x 4) and key_f two keys deep (3 values x 2): 96 combinations.
        var documented = "{'key_a': {'key_b': {'key_c': {'key_d': ['v1', 'v2', 'v3', 'v4']}}}, 'key_e': {'key_f': ['v1', 'v2', 'v3']}}";
        Assert.NotNull(Policies.Body(documented));
        AssertReason("Filter policy is too complex", "{'a': {'b': {'c': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51]}}}", FilterPolicyScope.MessageBody);
    }

    [Fact]
    public void Very_deep_nesting_is_too_complex_rather_than_a_stack_overflow()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"k\": ", 20000)) + "[1]" + string.Concat(Enumerable.Repeat("}", 20000));
        var error = Assert.Throws<AwsError>(() => FilterPolicy.Parse(deep, FilterPolicyScope.MessageBody));
        Assert.Equal("Invalid parameter: FilterPolicy: Filter policy is too complex", error.Message);
    }

    [Fact]
    public void At_most_256_KB()
    {
        var padding = new string(' ', FilterPolicy.MaxPolicyBytes);
        var error = Reject("{'a': ['b']}" + padding);
        Assert.Equal("InvalidParameter", error.Code);
        Assert.StartsWith("Invalid parameter: FilterPolicy: Filter policy must not exceed", error.Message);
        Assert.NotNull(Policies.Attributes("{'a': ['b']}" + padding[..(FilterPolicy.MaxPolicyBytes - 20)]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{'a': ['b']} {}")]
    [InlineData("not json")]
    public void Policies_must_be_json(string policy)
    {
        var error = Reject(policy);
        Assert.Equal("InvalidParameter", error.Code);
        Assert.StartsWith("Invalid parameter: FilterPolicy: failed to parse JSON.", error.Message);
    }

    // Found by the filter policy fuzz target: 20,000 nested brackets overflowed the stack of the parse error's scanner,
    // which took the whole process down.
    [Fact]
    public void A_policy_cut_short_deep_in_nesting_is_refused_with_Jacksons_nesting_limit()
    {
        var error = Reject("{'a':" + new string('[', 20_000));
        Assert.StartsWith("Invalid parameter: FilterPolicy: failed to parse JSON. Document nesting depth (1001) exceeds the maximum allowed (1000",
            error.Message);
    }

    // Found by the same target: 100,000 nested arrays overflowed the stack of the code that locates errors.
    [Fact]
    public void Very_deep_arrays_are_too_complex_rather_than_a_stack_overflow()
    {
        var error = Reject("{'a':" + new string('[', 100_000) + "1" + new string(']', 100_000) + "}");
        Assert.Equal("Invalid parameter: FilterPolicy: Filter policy is too complex", error.Message);
    }
}
