namespace Emulator.Hosting.Declarations;

/// <summary>Whether every declared resource exists yet: health answers "starting" (503) until then.</summary>
public sealed class Readiness
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    public void Ready() => _ready = true;
}
