using Emulator.Common.Durability;
using Emulator.Kinesis;
using Emulator.Kinesis.Streams;
using Emulator.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Emulator.Tests.Kinesis;

/// <summary>Kinesis as <see cref="KinesisService.AddKinesis"/> wires it, on a fake clock, called without HTTP.</summary>
public sealed class KinesisWorld
{
    private readonly ServiceWorld _world;

    /// <param name="dataDirectory">Durable mode's directory, or none.</param>
    public KinesisWorld(KinesisLimits? limits = null, string? dataDirectory = null) =>
        _world = new ServiceWorld(services => services.AddKinesis(), services =>
        {
            if (limits is not null) services.AddSingleton(limits);
            if (dataDirectory is null) return;
            services.AddSingleton(new SqliteRecordStore(dataDirectory, syncEveryCommit: false));
            services.AddSingleton<Journal>();
        });

    public T Get<T>() where T : notnull => _world.Get<T>();

    public FakeTimeProvider Clock => _world.Clock;

    public KinesisStore Store => _world.Get<KinesisStore>();

    public TResult Call<TResult>(string operation, object request, string account = "000000000000", string region = "us-east-1") =>
        _world.Call<TResult>(KinesisService.Kinesis, operation, request, account, region);

    public void Call(string operation, object request, string account = "000000000000") => Call<object>(operation, request, account);
}
