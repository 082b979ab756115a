using System.Net;
using Emulator.Hosting;
using Emulator.Hosting.Declarations;
using Emulator.Kinesis.Streams;
using Emulator.Sqs;
using Emulator.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Emulator.Tests.Hosting;

/// <summary>
/// <c>--kinesis-streams</c> as a shorthand of declared streams; a file's <c>settings</c>, which the command line and
/// environment variables override; environment variables named in a file's values.
/// </summary>
public class DeclarationShorthandAndSettingsTests
{
    [Fact]
    public async Task The_kinesis_streams_flag_declares_streams_with_their_capacity_and_region()
    {
        await EmulatorServer.WithServer(["--kinesis-streams", "orders:4, clicks:on-demand@eu-west-1,logs"], server =>
        {
            var store = server.Services.GetRequiredService<KinesisStore>();
            var orders = store.Find("000000000000", "us-east-1", "orders")!;
            var clicks = store.Find("000000000000", "eu-west-1", "clicks")!;
            var logs = store.Find("000000000000", "us-east-1", "logs")!;

            Assert.Equal((4, "PROVISIONED"), (orders.OpenShards.Count, orders.Settings.Mode));
            Assert.Equal("ON_DEMAND", clicks.Settings.Mode);
            Assert.Single(logs.OpenShards);
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Streams_of_the_flag_exist_before_the_file_s_delivery_streams_read_them()
    {
        var file = await Yaml("buckets: [{ name: landing }]\ndeliveryStreams:\n  - { name: to-s3, kinesisStream: orders, bucket: landing }\n");
        await EmulatorServer.WithServer(["--kinesis-streams", "orders", "--config", file], async server =>
        {
            using var http = server.CreateHttpClient();
            Assert.Contains("to-s3", await http.GetStringAsync("/_emulator/firehose/delivery-streams"));
        });
    }

    [Theory]
    [InlineData("orders:many")]
    [InlineData("orders:0")]
    public async Task A_malformed_or_refused_shorthand_stops_the_start_naming_the_flag(string spec)
    {
        var server = new EmulatorServer("--kinesis-streams", spec);
        var error = await Assert.ThrowsAsync<DeclarationError>(server.InitializeAsync);
        await server.DisposeAsync();

        Assert.Equal("--kinesis-streams", error.File);
    }

    [Fact]
    public async Task A_file_s_settings_apply_and_the_command_line_overrides_them()
    {
        var file = await Yaml("settings:\n  region: eu-west-2\n  sqs:\n    purge-limit: true\n");
        await EmulatorServer.WithServer(["--config", file], fromFile =>
        {
            Assert.Equal("eu-west-2", fromFile.Services.GetRequiredService<EmulatorOptions>().Region);
            Assert.True(fromFile.Services.GetRequiredService<SqsOptions>().PurgeLimit);
            return Task.CompletedTask;
        });
        await EmulatorServer.WithServer(["--config", file, "--sqs-purge-limit", "false"], overridden =>
        {
            Assert.False(overridden.Services.GetRequiredService<SqsOptions>().PurgeLimit);
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Values_name_environment_variables_with_optional_defaults()
    {
        var variable = $"EMULATOR_TEST_QUEUE_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, "from-environment");
        try
        {
            var file = await Yaml($"queues:\n  - name: ${{{variable}}}\n  - name: ${{EMULATOR_TEST_UNSET_{Guid.NewGuid():N}:-fallback}}\n");
            await EmulatorServer.WithServer(["--config", file], async server =>
            {
                var sqs = server.CreateSqsClient();
                Assert.Equal(HttpStatusCode.OK, (await sqs.GetQueueUrlAsync("from-environment")).HttpStatusCode);
                Assert.Equal(HttpStatusCode.OK, (await sqs.GetQueueUrlAsync("fallback")).HttpStatusCode);
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task An_unset_variable_without_a_default_names_its_line()
    {
        var file = await Yaml($"queues:\n  - name: a\n  - name: ${{EMULATOR_TEST_UNSET_{Guid.NewGuid():N}}}\n");
        var server = new EmulatorServer("--config", file);
        var error = await Assert.ThrowsAsync<DeclarationError>(server.InitializeAsync);
        await server.DisposeAsync();

        Assert.Equal(3, error.Line);
        Assert.Contains("is not set", error.Message);
    }

    [Fact]
    public async Task An_environment_variable_overrides_the_file_s_setting_in_a_real_process()
    {
        var port = HttpSubscriber.FreePort();
        var file = await Yaml($"settings:\n  port: {port}\n  region: eu-west-2\n");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [typeof(EmulatorHost).Assembly.Location, "--config", file])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["EMULATOR_REGION"] = "ap-south-1";
        using var process = System.Diagnostics.Process.Start(start)!;
        try
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line && line != "Ready.") { }
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var create = await http.PostAsync("/", new FormUrlEncodedContent(new Dictionary<string, string> { ["Action"] = "CreateQueue", ["QueueName"] = "q" }));
            var arn = await http.PostAsync("/", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Action"] = "GetQueueAttributes", ["QueueUrl"] = $"http://127.0.0.1:{port}/000000000000/q", ["AttributeName.1"] = "QueueArn",
            }));

            Assert.Equal(HttpStatusCode.OK, create.StatusCode);
            Assert.Contains("arn:aws:sqs:ap-south-1:000000000000:q", await arn.Content.ReadAsStringAsync());
        }
        finally
        {
            process.Kill();
        }
    }

    private static async Task<string> Yaml(string text)
    {
        var file = Path.Combine(Path.GetTempPath(), $"declared-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, text);
        return file;
    }
}
