using System.Text;
using Emulator.Common;
using Emulator.Sns.Filtering;
using Emulator.Sns.Publishing;
using FsCheck;
using FsCheck.Fluent;

namespace Emulator.Tests.Fuzz;

/// <summary>
/// The JSON documents users write into attributes: SNS filter policies (and the message bodies they match), SNS
/// message structures, and IAM-style resource policies. A document is accepted or refused with an AWS error; a
/// resource policy, which is evaluated long after it was stored, always comes to a decision.
/// </summary>
public class PolicyDocumentFuzzTests
{
    private static readonly Mutations Json = new(Mutations.Ascii(
        "\"", "{", "}", "[", "]", ":", ",", "null", "true", "{}", "[]", "\"$or\":", "{\"numeric\":[\">\",", "{\"prefix\":", "{\"anything-but\":",
        "{\"exists\":false}", "{\"cidr\":\"10.0.0.0/8\"}", "\"Effect\":{},", "\"Principal\":[],", "\"Action\":7,", "\"Statement\":\"x\","), "["u8.ToArray());

    private static readonly string[] FilterPolicies =
    [
        """{"store":["example_corp"],"price":[{"numeric":[">",0,"<=",150]}]}""",
        """{"event":[{"anything-but":["order_cancelled"]}],"customer":[{"prefix":"gold-"}],"ip":[{"cidr":"10.0.0.0/24"}]}""",
        """{"$or":[{"a":[{"exists":true}]},{"b":[{"suffix":".png"},{"equals-ignore-case":"X"}]}]}""",
        """{"order":{"kind":["book"],"total":[{"numeric":["=",3.5]}]}}""",
    ];

    private static readonly string[] Bodies = ["""{"order":{"kind":"book","total":3.5},"a":1,"b":"x.png"}""", """{"store":"example_corp","price":[1,2]}"""];

    private static readonly string[] ResourcePolicies =
    [
        """{"Version":"2012-10-17","Statement":[{"Sid":"s","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":["sqs:SendMessage","sqs:*"],"Resource":"*"}]}""",
        """{"Statement":[{"Principal":"*","Action":"*"}]}""",
        """{"Statement":{"Effect":"Deny","NotPrincipal":"*","NotAction":"kinesis:Get?ecords","Condition":{"StringEquals":{"aws:SourceArn":"x"}}}}""",
    ];

    [Fact]
    public void Filter_policies_compile_or_get_an_AWS_error_and_match_any_body() =>
        FuzzRun.Check("filter policy", Documents(FilterPolicies).Zip(Documents(Bodies), (policy, body) => (policy, body)), pair =>
            FuzzRun.Decodes(() =>
            {
                foreach (var scope in Enum.GetValues<FilterPolicyScope>())
                    if (Compiled(pair.policy, scope) is { } policy && scope == FilterPolicyScope.MessageBody) policy.MatchesBody(Text(pair.body));
            }));

    [Fact]
    public void Message_structures_read_or_get_an_AWS_error() =>
        FuzzRun.Check("message structure", Documents(["""{"default":"d","sqs":"s","http":{"x":1},"email":"e"}"""]), input =>
            FuzzRun.Decodes(() => MessageStructure.Read(Text(input), "json")));

    [Fact]
    public void Resource_policies_always_come_to_a_decision() =>
        FuzzRun.Check("resource policy", Documents(ResourcePolicies), input =>
            ResourcePolicy.Evaluate(Text(input), "sqs:SendMessage", "111122223333"));

    private static FilterPolicy? Compiled(FuzzInput input, FilterPolicyScope scope)
    {
        try
        {
            return FilterPolicy.Parse(Text(input), scope);
        }
        catch (Emulator.Protocol.Errors.AwsError)
        {
            return null;
        }
    }

    /// <summary>One of the documents, as it is or mutated; the text the service sees is the bytes read as UTF-8.</summary>
    private static Gen<FuzzInput> Documents(string[] documents) =>
        from document in Gen.Elements(documents).Select(Encoding.UTF8.GetBytes)
        from bytes in Gen.Frequency((1, Gen.Constant(document)), (6, Json.Of(document)))
        select new FuzzInput("document", bytes);

    private static string Text(FuzzInput input) => Encoding.UTF8.GetString(input.Bytes);
}
