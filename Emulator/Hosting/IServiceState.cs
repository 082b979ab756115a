namespace Emulator.Hosting;

/// <summary>State a service keeps beyond a request; the admin API's reset empties it.</summary>
public interface IServiceState
{
    void Reset();
}
