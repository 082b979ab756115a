namespace Emulator.Hosting.Declarations;

/// <summary>A mistake in the configuration file, naming the file, the line and what is wrong; the emulator does not start.</summary>
public sealed class DeclarationError(string file, int line, string problem) : Exception(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
}
