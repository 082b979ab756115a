using BenchmarkDotNet.Running;

// dotnet run -c Release --project Emulator.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
