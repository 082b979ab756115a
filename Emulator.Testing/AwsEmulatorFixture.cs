namespace Emulator.Testing;

/// <summary>
/// An xunit fixture (class or collection fixture: it implements xunit's <c>IAsyncLifetime</c> shape) that starts an
/// in-memory emulator for its tests and stops it after them.
/// </summary>
public class AwsEmulatorFixture : Xunit.IAsyncLifetime
{
    private AwsEmulator? _emulator;

    public AwsEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator has not started.");

    /// <summary>Options for the emulator, for fixtures that derive from this one.</summary>
    protected virtual string[] Options => [];

    protected virtual EmulatorTransport Transport => EmulatorTransport.InMemory;

    public async Task InitializeAsync() => _emulator = await AwsEmulator.StartAsync(Transport, Options);

    public async Task DisposeAsync()
    {
        if (_emulator is not null) await _emulator.DisposeAsync();
    }
}
