namespace Emulator.Sqs.Queues;

/// <summary>What AddPermission accepts: a label, account principals, and the actions a queue owner may share.</summary>
public static class PermissionRules
{
    public const int MaxLabelLength = 80;
    public const int MaxActionsPerStatement = 7;

    /// <summary>Actions an owner can share; SendMessage, DeleteMessage and ChangeMessageVisibility cover their batches.</summary>
    private static readonly HashSet<string> Shareable = new(StringComparer.Ordinal)
    {
        "*", "ChangeMessageVisibility", "DeleteMessage", "GetQueueAttributes", "GetQueueUrl",
        "ListDeadLetterSourceQueues", "PurgeQueue", "ReceiveMessage", "SendMessage",
    };

    private static readonly HashSet<string> OwnerOnly = new(StringComparer.Ordinal)
    {
        "AddPermission", "CreateQueue", "DeleteQueue", "RemovePermission", "SetQueueAttributes", "TagQueue", "UntagQueue",
    };

    public static void CheckLabel(string label)
    {
        if (label.Length > MaxLabelLength || !label.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw CommonErrors.InvalidParameterValue(
                $"Value {label} for parameter Label is invalid. Reason: Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length.");
    }

    /// <summary>AddPermission grants to whole accounts only, named by their 12-digit ids.</summary>
    public static void CheckPrincipals(IReadOnlyList<string> accountIds)
    {
        if (accountIds.Count == 0)
            throw CommonErrors.InvalidParameterValue("Value [] for parameter PrincipalId is invalid. Reason: Unable to verify.");
        foreach (var account in accountIds)
            if (account.Length != 12 || !account.All(char.IsAsciiDigit))
                throw CommonErrors.InvalidParameterValue($"Value {account} for parameter PrincipalId is invalid. Reason: Unable to verify.");
    }

    public static void CheckActions(IReadOnlyList<string> actions)
    {
        if (actions.Count > MaxActionsPerStatement)
            throw SqsErrors.OverLimit($"{actions.Count} Actions were found, maximum allowed is {MaxActionsPerStatement}.");
        foreach (var action in actions)
        {
            if (Shareable.Contains(action)) continue;
            var reason = OwnerOnly.Contains(action)
                ? "Only the queue owner is allowed to invoke this action."
                : "Please refer to the appropriate WSDL for a list of valid actions.";
            throw CommonErrors.InvalidParameterValue($"Value SQS:{action} for parameter ActionName is invalid. Reason: {reason}");
        }
    }
}
