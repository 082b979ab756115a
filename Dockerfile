# Build: self-contained, trimmed and ReadyToRun (58 MB of files; ready in ~245 ms, ~57 MB idle on the CI kind of
# machine: docs/performance.md). Native AOT would start in ~80 ms but is not ready yet (docs/install.md).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Build.targets emulator.sln ./
COPY Emulator.Protocol/Emulator.Protocol.csproj Emulator.Protocol/
COPY Emulator/Emulator.csproj Emulator/
RUN dotnet restore Emulator/Emulator.csproj -r linux-x64 -p:PublishTrimmed=true -p:PublishReadyToRun=true
COPY Emulator.Protocol/ Emulator.Protocol/
COPY Emulator/ Emulator/
RUN dotnet publish Emulator/Emulator.csproj -c Release -r linux-x64 --self-contained true -p:PublishTrimmed=true \
        -p:PublishReadyToRun=true --no-restore -o /app \
    && rm -f /app/*.pdb

# Run: the chiseled runtime-dependencies image (no shell, no package manager, a non-root user) and the app.
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV EMULATOR_PORT=4566 \
    EMULATOR_BIND=0.0.0.0
EXPOSE 4566
HEALTHCHECK --interval=5s --timeout=2s --start-period=3s --retries=3 \
    CMD ["/app/Emulator", "--healthcheck"]
ENTRYPOINT ["/app/Emulator"]
