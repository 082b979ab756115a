using Emulator.Hosting.Declarations;

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
