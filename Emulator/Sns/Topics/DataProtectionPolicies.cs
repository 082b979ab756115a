namespace Emulator.Sns.Topics;

/// <summary>Data protection policies are stored and echoed, not applied; they must be JSON objects of at most 30 KiB.</summary>
public static class DataProtectionPolicies
{
    public const int MaxLength = 30 * 1024;

    public static void Check(string policy)
    {
        if (policy.Length > MaxLength || PolicyJson.ReadObject(policy) is null)
            throw SnsErrors.InvalidParameter("DataProtectionPolicy Reason: The policy must be a JSON object of at most 30 KiB");
    }
}
