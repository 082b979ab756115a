namespace Emulator.Sns.Subscriptions;

/// <summary>One subscription of a topic. Its settings are replaced whole, so a delivery reads one consistent set.</summary>
/// <param name="changed">Told of every change, so that its topic's record is written again in durable mode.</param>
public sealed class Subscription(string arn, string topicArn, string owner, string protocol, string endpoint, SubscriptionSettings settings,
    Action changed)
{
    /// <summary>A confirmation token is good for three days.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromDays(3);

    private readonly object _settingsLock = new();
    private SubscriptionSettings _settings = settings;
    private volatile bool _pending;

    public string Arn { get; } = arn;
    public string TopicArn { get; } = topicArn;
    public string Owner { get; } = owner;
    public string Protocol { get; } = protocol;
    public string Endpoint { get; } = endpoint;

    public SubscriptionSettings Settings => Volatile.Read(ref _settings);

    public bool PendingConfirmation => _pending;

    /// <summary>A subscription confirmed by the Subscribe call itself (no confirmation needed) was authenticated by it.</summary>
    public bool ConfirmationWasAuthenticated { get; private set; } = true;

    /// <summary>The token of the confirmation message sent to the endpoint, and when it was sent.</summary>
    public string? Token { get; private set; }
    public DateTimeOffset TokenIssuedAt { get; private set; }

    public void AwaitConfirmation(string token, DateTimeOffset now)
    {
        Token = token;
        TokenIssuedAt = now;
        ConfirmationWasAuthenticated = false;
        _pending = true;
        changed();
    }

    public void Confirm(bool authenticated)
    {
        ConfirmationWasAuthenticated = authenticated;
        _pending = false;
        changed();
    }

    /// <summary>The confirmation state read back from a record; nothing is journaled.</summary>
    public void RestoreConfirmation(bool pending, bool authenticated, string? token, DateTimeOffset issuedAt)
    {
        (_pending, ConfirmationWasAuthenticated, Token, TokenIssuedAt) = (pending, authenticated, token, issuedAt);
    }

    public void ChangeSettings(Func<SubscriptionSettings, SubscriptionSettings> change)
    {
        lock (_settingsLock) _settings = change(_settings);
        changed();
    }

    /// <summary>What ListSubscriptions shows as the ARN of a subscription awaiting confirmation.</summary>
    public string ListedArn => PendingConfirmation ? "PendingConfirmation" : Arn;
}
