// The emulator in an Aspire application: one resource for SQS, SNS, Kinesis, Firehose and S3, and a worker that uses
// it through AWS_ENDPOINT_URL. The Aspire dashboard needs a developer certificate (dotnet dev-certs https);
// --no-dashboard runs without it, as the test script does.
var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
{
    Args = args, DisableDashboard = args.Contains("--no-dashboard"),
});

var aws = builder.AddAwsEmulator("aws", port: int.TryParse(builder.Configuration["AwsEmulatorPort"], out var port) ? port : 4566,
        command: builder.Configuration["AwsEmulatorCommand"] ?? "aws-emulator")
    .WithConfigFile("emulator.yaml");

// Any program with an AWS SDK: it reads AWS_ENDPOINT_URL, the credentials and the region from its environment.
builder.AddExecutable("worker", "python3", ".", "worker.py").WithReference(aws);

builder.Build().Run();
