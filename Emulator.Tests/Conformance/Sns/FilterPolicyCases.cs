using Emulator.Tests.Conformance.Wire;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static Emulator.Tests.Conformance.Sns.SnsSetup;

namespace Emulator.Tests.Conformance.Sns;

/// <summary>
/// Filter policies AWS rejects, each with its reason. AWS reports where its parser stopped in the policy as it re-wrote
/// it without spaces, so the policies are sent indented to show that.
/// </summary>
internal static class FilterPolicyCases
{
    private const string Conditions = "TestSNSFilterPolicyConditions";

    /// <summary>Subscribes a phone number with the policy, as the recordings do.</summary>
    private static Func<WireClient, Task<WireResponse>> Rejected(string policy, string? scope = null) => async sns =>
    {
        var attributes = new Dictionary<string, string> { ["FilterPolicy"] = JToken.Parse(policy).ToString(Formatting.Indented) };
        if (scope is not null) attributes["FilterPolicyScope"] = scope;
        return await sns.Call("Subscribe", new { TopicArn = await sns.Topic(), Protocol = "sms", Endpoint = "+123123123", Attributes = attributes });
    };

    /// <summary>Sets the policy on a queue subscription whose scope is <paramref name="scope"/>.</summary>
    private static Func<WireClient, Task<WireResponse>> RejectedBySet(string policy, string? scope = null) => async sns =>
    {
        var subscription = await sns.QueueSubscription(await sns.Topic());
        if (scope is not null)
            await sns.Ok("SetSubscriptionAttributes", new { SubscriptionArn = subscription, AttributeName = "FilterPolicyScope", AttributeValue = scope });
        return await sns.Call("SetSubscriptionAttributes", new
        {
            SubscriptionArn = subscription, AttributeName = "FilterPolicy", AttributeValue = JToken.Parse(policy).ToString(Formatting.Indented),
        });
    };

    private static Expectation Reason(string reason) =>
        Expect.Error(400, "InvalidParameter", $"Invalid parameter: Attributes Reason: FilterPolicy: {reason}");

    private static Expectation RejectedAt(string reason, int column, string policy) =>
        Reason($"{reason}\n at [Source: (String)\"{policy}\"; line: 1, column: {column}]");

    /// <summary>A policy of keys <c>key1</c>, <c>key2</c>, ... with as many values each as given.</summary>
    private static string Keys(params int[] values) => new JObject(values
        .Select((count, k) => new JProperty($"key{k + 1}", new JArray(Enumerable.Range(0, count).Select(v => $"value{v}"))))).ToString(Formatting.None);

    public static readonly CaseList All = new()
    {
        {
            "Match value must be String, number, true, false, or null ({\"key\":[[\"value\"]]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy", "error-condition-list"),
            Rejected("{\"key\":[[\"value\"]]}"),
            RejectedAt("Match value must be String, number, true, false, or null", 10, "{\"key\":[[\"value\"]]}")
        },
        {
            "Unrecognized match type wrong-operator ({\"key\":[{\"wrong-operator\":true}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy", "error-condition-operator"),
            Rejected("{\"key\":[{\"wrong-operator\":true}]}"),
            RejectedAt("Unrecognized match type wrong-operator", 31, "{\"key\":[{\"wrong-operator\":true}]}")
        },
        {
            "Only one key allowed in match expression ({\"key\":[{\"suffix\":\"value\",\"prefix\":\"value2\"}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy", "error-condition-two-operators"),
            Rejected("{\"key\":[{\"suffix\":\"value\",\"prefix\":\"value2\"}]}"),
            RejectedAt("Only one key allowed in match expression", 37, "{\"key\":[{\"suffix\":\"value\",\"prefix\":\"value2\"}]}")
        },
        {
            "Empty arrays are not allowed ({\"key\":[]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_string_operators", "error-condition-empty-array"),
            Rejected("{\"key\":[]}"),
            RejectedAt("Empty arrays are not allowed", 10, "{\"key\":[]}")
        },
        {
            "suffix match pattern must be a string ({\"key\":[{\"suffix\":100}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_string_operators", "error-condition-is-numeric"),
            Rejected("{\"key\":[{\"suffix\":100}]}"),
            RejectedAt("suffix match pattern must be a string", 22, "{\"key\":[{\"suffix\":100}]}")
        },
        {
            "suffix match pattern must be a string ({\"key\":[{\"suffix\":null}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_string_operators", "error-condition-is-none"),
            Rejected("{\"key\":[{\"suffix\":null}]}"),
            RejectedAt("suffix match pattern must be a string", 23, "{\"key\":[{\"suffix\":null}]}")
        },
        {
            "\"suffix\" must be an object or an array ({\"key\":{\"suffix\":\"value\"}})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_string_operators", "error-condition-is-not-list-and-operator"),
            Rejected("{\"key\":{\"suffix\":\"value\"}}"),
            RejectedAt("\"suffix\" must be an object or an array", 19, "{\"key\":{\"suffix\":\"value\"}}")
        },
        {
            "suffix match pattern must be a string ({\"key\":[{\"suffix\":[]}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_string_operators", "error-condition-empty-list"),
            Rejected("{\"key\":[{\"suffix\":[]}]}"),
            RejectedAt("suffix match pattern must be a string", 20, "{\"key\":[{\"suffix\":[]}]}")
        },
        {
            "suffix match pattern must be a string ({\"key\":[{\"suffix\":[\"test\",\"test2\"]}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_string_operators", "error-condition-list-wrong-type"),
            Rejected("{\"key\":[{\"suffix\":[\"test\",\"test2\"]}]}"),
            RejectedAt("suffix match pattern must be a string", 20, "{\"key\":[{\"suffix\":[\"test\",\"test2\"]}]}")
        },
        {
            "\"suffix\" must be an object or an array ({\"key\":{\"suffix\":\"value\",\"prefix\":\"value\"}})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_string_operators", "error-condition-is-not-list-two-ops"),
            Rejected("{\"key\":{\"suffix\":\"value\",\"prefix\":\"value\"}}"),
            RejectedAt("\"suffix\" must be an object or an array", 19, "{\"key\":{\"suffix\":\"value\",\"prefix\":\"value\"}}")
        },
        {
            "\"not-an-operator\" must be an object or an array ({\"key\":{\"not-an-operator\":\"value\"}})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_string_operators", "error-condition-is-not-list-and-no-operator"),
            Rejected("{\"key\":{\"not-an-operator\":\"value\"}}"),
            RejectedAt("\"not-an-operator\" must be an object or an array", 28, "{\"key\":{\"not-an-operator\":\"value\"}}")
        },
        {
            "prefix match pattern must be a string ({\"key\":[{\"cidr\":[\"bad-filter\"]}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_string_operators", "error-condition-bad-type"),
            Rejected("{\"key\":[{\"cidr\":[\"bad-filter\"]}]}"),
            RejectedAt("prefix match pattern must be a string", 18, "{\"key\":[{\"cidr\":[\"bad-filter\"]}]}")
        },
        {
            "Malformed CIDR, one '/' required ({\"key\":[{\"cidr\":\"bad-filter\"}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_string_operators", "error-condition-bad-cidr-str"),
            Rejected("{\"key\":[{\"cidr\":\"bad-filter\"}]}"),
            Reason("Malformed CIDR, one '/' required")
        },
        {
            "Nonstandard IP address: bad-filter ({\"key\":[{\"cidr\":\"bad-filter/64\"}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_string_operators", "error-condition-bad-cidr-str-slash"),
            Rejected("{\"key\":[{\"cidr\":\"bad-filter/64\"}]}"),
            Reason("Nonstandard IP address: bad-filter")
        },
        {
            "Malformed CIDR, mask bits must be an integer ({\"key\":[{\"cidr\":\"bad-/64filter\"}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_string_operators", "error-condition-bad-cidr-str-slash-2"),
            Rejected("{\"key\":[{\"cidr\":\"bad-/64filter\"}]}"),
            Reason("Malformed CIDR, mask bits must be an integer")
        },
        {
            "Nonstandard IP address: xx.11.xx ({\"key\":[{\"cidr\":\"xx.11.xx/8\"}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_string_operators", "error-condition-bad-cidr-v4"),
            Rejected("{\"key\":[{\"cidr\":\"xx.11.xx/8\"}]}"),
            Reason("Nonstandard IP address: xx.11.xx")
        },
        {
            "Nonstandard IP address: xxxx:db8:1234:1a00:: ({\"key\":[{\"cidr\":\"xxxx:db8:1234:1a00::/64\"}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_string_operators", "error-condition-bad-cidr-v6"),
            Rejected("{\"key\":[{\"cidr\":\"xxxx:db8:1234:1a00::/64\"}]}"),
            Reason("Nonstandard IP address: xxxx:db8:1234:1a00::")
        },
        {
            "Invalid member in numeric match: ] ({\"key\":[{\"numeric\":[]}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_numeric_operator", "error-numeric-empty"),
            Rejected("{\"key\":[{\"numeric\":[]}]}"),
            RejectedAt("Invalid member in numeric match: ]", 22, "{\"key\":[{\"numeric\":[]}]}")
        },
        {
            "Unrecognized numeric range operator: operator ({\"key\":[{\"numeric\":[\"operator\"]}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_numeric_operator", "error-numeric-wrong-operator"),
            Rejected("{\"key\":[{\"numeric\":[\"operator\"]}]}"),
            RejectedAt("Unrecognized numeric range operator: operator", 32, "{\"key\":[{\"numeric\":[\"operator\"]}]}")
        },
        {
            "Invalid member in numeric match: 1 ({\"key\":[{\"numeric\":[1,\"<=\"]}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_numeric_operator", "error-numeric-operator-order"),
            Rejected("{\"key\":[{\"numeric\":[1,\"<=\"]}]}"),
            RejectedAt("Invalid member in numeric match: 1", 22, "{\"key\":[{\"numeric\":[1,\"<=\"]}]}")
        },
        {
            "Value of equals must be numeric ({\"key\":[{\"numeric\":[\"=\",\"000\"]}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_numeric_operator", "error-numeric-type"),
            Rejected("{\"key\":[{\"numeric\":[\"=\",\"000\"]}]}"),
            RejectedAt("Value of equals must be numeric", 26, "{\"key\":[{\"numeric\":[\"=\",\"000\"]}]}")
        },
        {
            "Value of >= must be numeric ({\"key\":[{\"numeric\":[\">=\"]}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_numeric_operator", "error-numeric-missing-value"),
            Rejected("{\"key\":[{\"numeric\":[\">=\"]}]}"),
            RejectedAt("Value of >= must be numeric", 26, "{\"key\":[{\"numeric\":[\">=\"]}]}")
        },
        {
            "Too many elements in numeric expression ({\"key\":[{\"numeric\":[\"<\",100,\">\",10]}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_numeric_operator", "error-numeric-wrong-range-order"),
            Rejected("{\"key\":[{\"numeric\":[\"<\",100,\">\",10]}]}"),
            RejectedAt("Too many elements in numeric expression", 30, "{\"key\":[{\"numeric\":[\"<\",100,\">\",10]}]}")
        },
        {
            "Bad numeric range operator: > ({\"key\":[{\"numeric\":[\">=\",1,\">\",2]}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_numeric_operator", "error-numeric-wrong-range-operators"),
            Rejected("{\"key\":[{\"numeric\":[\">=\",1,\">\",2]}]}"),
            RejectedAt("Bad numeric range operator: >", 31, "{\"key\":[{\"numeric\":[\">=\",1,\">\",2]}]}")
        },
        {
            "Bottom must be less than top ({\"key\":[{\"numeric\":[\">\",3,\"<\",1]}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_numeric_operator", "error-numeric-wrong-value-order"),
            Rejected("{\"key\":[{\"numeric\":[\">\",3,\"<\",1]}]}"),
            RejectedAt("Bottom must be less than top", 33, "{\"key\":[{\"numeric\":[\">\",3,\"<\",1]}]}")
        },
        {
            "Value of <= must be numeric ({\"key\":[{\"numeric\":[\">\",20,\"<=\"]}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_numeric_operator", "error-numeric-missing-range-value"),
            Rejected("{\"key\":[{\"numeric\":[\">\",20,\"<=\"]}]}"),
            RejectedAt("Value of <= must be numeric", 33, "{\"key\":[{\"numeric\":[\">\",20,\"<=\"]}]}")
        },
        {
            "Bad value in numeric range: 30 ({\"key\":[{\"numeric\":[\">\",20,30]}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_numeric_operator", "error-numeric-missing-range-operator"),
            Rejected("{\"key\":[{\"numeric\":[\">\",20,30]}]}"),
            RejectedAt("Bad value in numeric range: 30", 30, "{\"key\":[{\"numeric\":[\">\",20,30]}]}")
        },
        {
            "Bad numeric range operator: test ({\"key\":[{\"numeric\":[\">\",20,\"test\"]}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_numeric_operator", "error-numeric-wrong-second-range-operator"),
            Rejected("{\"key\":[{\"numeric\":[\">\",20,\"test\"]}]}"),
            RejectedAt("Bad numeric range operator: test", 34, "{\"key\":[{\"numeric\":[\">\",20,\"test\"]}]}")
        },
        {
            "Value of > must be numeric ({\"key\":[{\"numeric\":[\">\",\"20\",\"<\",\"30\"]}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_numeric_operator", "error-numeric-wrong-range-value-1-type"),
            Rejected("{\"key\":[{\"numeric\":[\">\",\"20\",\"<\",\"30\"]}]}"),
            RejectedAt("Value of > must be numeric", 26, "{\"key\":[{\"numeric\":[\">\",\"20\",\"<\",\"30\"]}]}")
        },
        {
            "Value of < must be numeric ({\"key\":[{\"numeric\":[\">\",20,\"<\",\"30\"]}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_numeric_operator", "error-numeric-wrong-range-value-2-type"),
            Rejected("{\"key\":[{\"numeric\":[\">\",20,\"<\",\"30\"]}]}"),
            RejectedAt("Value of < must be numeric", 33, "{\"key\":[{\"numeric\":[\">\",20,\"<\",\"30\"]}]}")
        },
        {
            "Too many terms in numeric range expression ({\"key\":[{\"numeric\":[\">\",20,\"<\",30,\"<\",50]}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_numeric_operator", "error-numeric-too-many-range"),
            Rejected("{\"key\":[{\"numeric\":[\">\",20,\"<\",30,\"<\",50]}]}"),
            RejectedAt("Too many terms in numeric range expression", 36, "{\"key\":[{\"numeric\":[\">\",20,\"<\",30,\"<\",50]}]}")
        },
        {
            "exists match pattern must be either true or false ({\"key\":[{\"exists\":null}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_exists_operator", "error-condition-none"),
            Rejected("{\"key\":[{\"exists\":null}]}"),
            RejectedAt("exists match pattern must be either true or false.", 23, "{\"key\":[{\"exists\":null}]}")
        },
        {
            "exists match pattern must be either true or false ({\"key\":[{\"exists\":\"no\"}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_exists_operator", "error-condition-string"),
            Rejected("{\"key\":[{\"exists\":\"no\"}]}"),
            RejectedAt("exists match pattern must be either true or false.", 20, "{\"key\":[{\"exists\":\"no\"}]}")
        },
        {
            "Unsupported anything-but pattern: wrong-operator ({\"key\":[{\"anything-but\":{\"wrong-operator\":null}}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_nested_anything_but_operator", "error-condition-wrong-operator"),
            Rejected("{\"key\":[{\"anything-but\":{\"wrong-operator\":null}}]}"),
            RejectedAt("Unsupported anything-but pattern: wrong-operator", 47, "{\"key\":[{\"anything-but\":{\"wrong-operator\":null}}]}")
        },
        {
            "Unsupported anything-but pattern: suffix ({\"key\":[{\"anything-but\":{\"suffix\":\"test\"}}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_nested_anything_but_operator", "error-condition-anything-but-suffix"),
            Rejected("{\"key\":[{\"anything-but\":{\"suffix\":\"test\"}}]}"),
            RejectedAt("Unsupported anything-but pattern: suffix", 36, "{\"key\":[{\"anything-but\":{\"suffix\":\"test\"}}]}")
        },
        {
            "Unsupported anything-but pattern: exists ({\"key\":[{\"anything-but\":{\"exists\":false}}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_nested_anything_but_operator", "error-condition-anything-but-exists"),
            Rejected("{\"key\":[{\"anything-but\":{\"exists\":false}}]}"),
            RejectedAt("Unsupported anything-but pattern: exists", 40, "{\"key\":[{\"anything-but\":{\"exists\":false}}]}")
        },
        {
            "prefix match pattern must be a string ({\"key\":[{\"anything-but\":{\"prefix\":false}}]})",
            Source.Recorded(FilterRecording, $"{Conditions}::test_validate_policy_nested_anything_but_operator", "error-condition-anything-but-prefix-wrong-type"),
            Rejected("{\"key\":[{\"anything-but\":{\"prefix\":false}}]}"),
            RejectedAt("prefix match pattern must be a string", 40, "{\"key\":[{\"anything-but\":{\"prefix\":false}}]}")
        },
        {
            "Filter policy can not have more than 5 keys (Subscribe)",
            Source.Recorded(FilterRecording, $"{Conditions}::test_policy_complexity", "error-complexity-too-many-fields"),
            Rejected(Keys(1, 1, 1, 1, 1, 1)),
            Reason("Filter policy can not have more than 5 keys")
        },
        {
            "Filter policy is too complex: 151 values of one key",
            Source.Recorded(FilterRecording, $"{Conditions}::test_policy_complexity", "error-complexity-in-one-condition"),
            Rejected(Keys(151)),
            Reason("Filter policy is too complex")
        },
        {
            "Filter policy is too complex: 100 times 51 values of two keys",
            Source.Recorded(FilterRecording, $"{Conditions}::test_policy_complexity", "error-complexity-in-two-conditions"),
            Rejected(Keys(100, 51)),
            Reason("Filter policy is too complex")
        },
        {
            "Filter policy is too complex: $or alternatives add up (152)",
            Source.Recorded(FilterRecording, $"{Conditions}::test_policy_complexity_with_or", "error-complexity-or-flat"),
            Rejected("""
                {"source": ["aws.cloudwatch", "aws.events", "aws.test", "aws.test2"],
                 "$or": [{"metricName": ["CPUUtilization", "ReadLatency", "t1", "t2", "t3", "t4"]},
                         {"metricType": ["MetricType", "TestType", "TestType2", "TestType3"],
                          "$or": [{"metricId": [1234, 4321, 5678, 9012]}, {"spaceId": [1, 2, 3, 4]}]}]}
                """, "MessageAttributes"),
            Reason("Filter policy is too complex")
        },
        {
            "Filter policy is too complex: nested $or alternatives add up (160)",
            Source.Recorded(FilterRecording, $"{Conditions}::test_policy_complexity_with_or", "error-complexity-or-nested"),
            Rejected("""
                {"$or": [{"metricName": ["CPUUtilization", "ReadLatency", "TestValue"]}, {"namespace": ["AWS/EC2", "AWS/ES"]}],
                 "detail": {"scope": ["Service", "Test"],
                            "$or": [{"source": ["aws.cloudwatch"]}, {"type": ["CloudWatch Alarm State Change", "TestValue", "TestValue2"]}]}}
                """, "MessageBody"),
            Reason("Filter policy is too complex")
        },
        {
            "SetSubscriptionAttributes of a nested policy in the MessageAttributes scope is InvalidParameter",
            Source.Recorded(FilterRecording, "TestSNSFilterPolicyCrud::test_sub_filter_policy_nested_property", "sub-filter-policy-nested-error"),
            RejectedBySet("""{"object": {"key": [{"prefix": "auto-"}]}}"""),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy")
        },
        {
            "SetSubscriptionAttributes of a nested policy of 216 combinations is too complex",
            Source.Recorded(FilterRecording, "TestSNSFilterPolicyCrud::test_sub_filter_policy_nested_property_constraints",
                "sub-filter-policy-nested-error-too-many-combinations"),
            RejectedBySet("""
                {"key_a": {"key_b": {"key_c": ["value_one", "value_two", "value_three", "value_four"]}},
                 "key_d": {"key_e": ["value_one", "value_two", "value_three"]},
                 "key_f": ["value_one", "value_two", "value_three"]}
                """, "MessageBody"),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: FilterPolicy: Filter policy is too complex")
        },
        {
            "SetSubscriptionAttributes of a policy of 6 keys is InvalidParameter",
            Source.Recorded(FilterRecording, "TestSNSFilterPolicyCrud::test_sub_filter_policy_nested_property_constraints", "sub-filter-policy-max-attr-keys"),
            RejectedBySet(Keys(1, 1, 1, 1, 1, 1), "MessageBody"),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: FilterPolicy: Filter policy can not have more than 5 keys")
        },
        {
            "SetSubscriptionAttributes of a policy whose key holds a string is InvalidParameter",
            Source.Recorded(FilterRecording, "TestSNSFilterPolicyCrud::test_sub_filter_policy_nested_property_constraints", "sub-filter-policy-rule-no-list"),
            RejectedBySet("""{"key_a": "value_one"}""", "MessageBody"),
            Expect.Error(400, "InvalidParameter",
                "Invalid parameter: FilterPolicy: \"key_a\" must be an object or an array\n at [Source: (String)\"{\"key_a\":\"value_one\"}\"; line: 1, column: 11]")
        },
        {
            "SetSubscriptionAttributes of a FilterPolicyScope SNS does not have is InvalidParameter",
            Source.Recorded(FilterRecording, "TestSNSFilterPolicyCrud::test_set_subscription_filter_policy_scope", "sub-attrs-filter-scope-error"),
            async sns => await sns.Call("SetSubscriptionAttributes", new
            {
                SubscriptionArn = await sns.QueueSubscription(await sns.Topic()), AttributeName = "FilterPolicyScope", AttributeValue = "RandomValue",
            }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: FilterPolicyScope: Invalid value [RandomValue]. Please use either MessageBody or MessageAttributes")
        },
        {
            "FilterPolicyScope shows among a subscription's attributes only once it has a FilterPolicy",
            Source.Recorded(FilterRecording, "TestSNSFilterPolicyCrud::test_set_subscription_filter_policy_scope", "sub-attrs-filter-scope-body"),
            async sns =>
            {
                var subscription = await sns.QueueSubscription(await sns.Topic());
                await sns.Ok("SetSubscriptionAttributes", new { SubscriptionArn = subscription, AttributeName = "FilterPolicyScope", AttributeValue = "MessageBody" });
                return await sns.Call("GetSubscriptionAttributes", new { SubscriptionArn = subscription });
            },
            Expect.Success(response => Assert.DoesNotContain("FilterPolicyScope", response.Values("key")))
        },
    };
}
