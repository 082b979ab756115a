using Emulator.Hosting.Declarations;

namespace Emulator.Hosting;

/// <summary>The command line: what both the <c>Emulator</c> program and the <c>aws-emulator</c> dotnet tool run.</summary>
public static class EmulatorProgram
{
    public static int Run(string[] args)
    {
        if (args.Contains(HealthProbe.Flag)) return HealthProbe.Run(args);
        try
        {
            EmulatorHost.Build(args).Run();
            return 0;
        }
        catch (DeclarationError error)
        {
            Console.Error.WriteLine($"The configuration file is wrong: {error.Message}");
            return 1;
        }
    }
}
