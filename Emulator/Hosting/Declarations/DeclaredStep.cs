namespace Emulator.Hosting.Declarations;

/// <summary>One operation the configuration file asks for: which, with what request, in which account and region, and where in the file.</summary>
public sealed record DeclaredStep(Node Source, AwsServiceDescriptor Service, string Operation, object Request, string AccountId, string Region);
