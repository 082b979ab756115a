namespace Emulator.Sns.Filtering;

/// <summary>What a subscription's filter policy looks at: the message attributes (the default) or the JSON message body.</summary>
public enum FilterPolicyScope
{
    MessageAttributes,
    MessageBody,
}
