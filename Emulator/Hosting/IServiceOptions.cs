namespace Emulator.Hosting;

/// <summary>A service's options, read from its own settings once at start-up (no reflection-based binding: it costs start-up time).</summary>
public interface IServiceOptions<out TSelf>
{
    static abstract TSelf Read(ServiceSettings settings);
}
