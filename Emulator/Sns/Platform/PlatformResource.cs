using System.Collections.Immutable;

namespace Emulator.Sns.Platform;

/// <summary>The attributes of an application or endpoint, which concurrent changes all reach.</summary>
public abstract class PlatformResource(IReadOnlyDictionary<string, string> attributes)
{
    private ImmutableDictionary<string, string> _attributes = attributes.ToImmutableDictionary(StringComparer.Ordinal);

    public ImmutableDictionary<string, string> Attributes => Volatile.Read(ref _attributes);

    /// <summary>Sets the given attributes and keeps the others.</summary>
    public void SetAttributes(IReadOnlyDictionary<string, string> changes) =>
        ImmutableInterlocked.Update(ref _attributes, static (current, changes) => current.SetItems(changes), changes);
}
