using System.Net;
using System.Net.Sockets;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Compat;

/// <summary>
/// Lambda function endpoints (<c>--lambda-endpoints</c>): a Firehose transformation and an SNS <c>lambda</c> subscription
/// call a function that the boto3 suite serves itself on the port given here.
/// </summary>
public class FunctionEndpointCompatTests : IAsyncLifetime
{
    private readonly int _port = HttpSubscriber.FreePort();
    private EmulatorServer _server = null!;

    public async Task InitializeAsync()
    {
        var url = $"http://127.0.0.1:{_port}/2015-03-31/functions/function/invocations";
        _server = new EmulatorServer("--lambda-endpoints", $"transform={url},arn:aws:lambda:us-east-1:000000000000:function:notified={url}");
        await _server.InitializeAsync();
    }

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Boto3()
    {
        var python = ExternalTool.OnPath("python3", "install python3 with boto3");
        await ExternalTool.RunAsync(_server, "python", new Dictionary<string, string> { ["FUNCTION_PORT"] = _port.ToString() },
            python, "-m", "unittest", "-v", "test_function_endpoints_boto3");
    }
}
