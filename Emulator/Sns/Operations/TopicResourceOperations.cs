using Emulator.Sns.Shapes;
using Emulator.Sns.Topics;

namespace Emulator.Sns.Operations;

/// <summary>Tags, permissions and data protection policies of topics.</summary>
public sealed class TopicResourceOperations(SnsStore store) : IOperationGroup
{
    private static readonly HashSet<string> PermissionActions = new(StringComparer.Ordinal)
    {
        "*", "AddPermission", "DeleteTopic", "GetDataProtectionPolicy", "GetTopicAttributes", "ListSubscriptionsByTopic",
        "ListTagsForResource", "Publish", "PutDataProtectionPolicy", "RemovePermission", "SetTopicAttributes", "Subscribe",
    };

    public void Register(OperationRegistry registry)
    {
        registry.Add<TagResourceRequest, TagResourceResponse>(SnsService.Sns, "TagResource", TagResource);
        registry.Add<UntagResourceRequest, UntagResourceResponse>(SnsService.Sns, "UntagResource", UntagResource);
        registry.Add<ListTagsForResourceRequest, ListTagsForResourceResponse>(SnsService.Sns, "ListTagsForResource", ListTagsForResource);
        registry.Add<AddPermissionInput, EmptyResult>(SnsService.Sns, "AddPermission", AddPermission);
        registry.Add<RemovePermissionInput, EmptyResult>(SnsService.Sns, "RemovePermission", RemovePermission);
        registry.Add<PutDataProtectionPolicyInput, EmptyResult>(SnsService.Sns, "PutDataProtectionPolicy", PutDataProtectionPolicy);
        registry.Add<GetDataProtectionPolicyInput, GetDataProtectionPolicyResponse>(SnsService.Sns, "GetDataProtectionPolicy", GetDataProtectionPolicy);
    }

    private Topic Resource(string? arn, AwsRequestContext context)
    {
        SnsArn.ParseTopic(arn, context.Region, "ResourceArn");
        var topic = store.FindTopic(arn!) ?? throw SnsErrors.ResourceNotFound("Resource does not exist");
        TopicAccess.Authorize(topic, context);
        return topic;
    }

    private Topic Authorized(string? arn, AwsRequestContext context, string parameter = "TopicArn")
    {
        var topic = store.Topic(arn, context.Region, parameter);
        TopicAccess.Authorize(topic, context);
        return topic;
    }

    private TagResourceResponse TagResource(TagResourceRequest request, AwsRequestContext context)
    {
        var topic = Resource(request.ResourceArn, context);
        topic.ChangeTags(current => ResourceTags.Merge(current, request.Tags!));
        return new();
    }

    private UntagResourceResponse UntagResource(UntagResourceRequest request, AwsRequestContext context)
    {
        var topic = Resource(request.ResourceArn, context);
        topic.ChangeTags(current => current.RemoveRange(request.TagKeys!));
        return new();
    }

    private ListTagsForResourceResponse ListTagsForResource(ListTagsForResourceRequest request, AwsRequestContext context) =>
        new() { Tags = ResourceTags.ToList(Resource(request.ResourceArn, context).Tags) ?? [] };

    private EmptyResult AddPermission(AddPermissionInput request, AwsRequestContext context)
    {
        var topic = Authorized(request.TopicArn, context);
        if (string.IsNullOrEmpty(request.Label) || request.Label.Length > 80 || !request.Label.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw SnsErrors.InvalidParameter("Label");
        if (request.AWSAccountId!.Count == 0 || request.ActionName!.Count == 0) throw SnsErrors.InvalidParameter("AWSAccountId and ActionName must not be empty");
        if (request.ActionName.Any(a => !PermissionActions.Contains(a)))
            throw SnsErrors.InvalidParameter("Policy statement action out of service scope!");
        topic.ChangeAttribute(TopicAttributeNames.Policy, policy =>
            TopicPolicy.AddStatement(policy ?? TopicPolicy.Default(topic.Arn, topic.AccountId), topic.Arn, request.Label, request.AWSAccountId, request.ActionName));
        return EmptyResult.Instance;
    }

    private EmptyResult RemovePermission(RemovePermissionInput request, AwsRequestContext context)
    {
        var topic = Authorized(request.TopicArn, context);
        topic.ChangeAttribute(TopicAttributeNames.Policy, policy => TopicPolicy.RemoveStatement(policy ?? "{}", request.Label!));
        return EmptyResult.Instance;
    }

    private EmptyResult PutDataProtectionPolicy(PutDataProtectionPolicyInput request, AwsRequestContext context)
    {
        var topic = Authorized(request.ResourceArn, context, "ResourceArn");
        if (request.DataProtectionPolicy is null) throw Protocol.Errors.CommonErrors.MissingParameter("DataProtectionPolicy");
        if (request.DataProtectionPolicy.Length > 0) DataProtectionPolicies.Check(request.DataProtectionPolicy);
        topic.SetDataProtectionPolicy(request.DataProtectionPolicy);
        return EmptyResult.Instance;
    }

    private GetDataProtectionPolicyResponse GetDataProtectionPolicy(GetDataProtectionPolicyInput request, AwsRequestContext context) =>
        new() { DataProtectionPolicy = Authorized(request.ResourceArn, context, "ResourceArn").DataProtectionPolicy ?? "" };
}
