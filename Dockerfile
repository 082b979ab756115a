# Build: one Native AOT binary (32 MB; ready in ~80 ms and ~43 MB resident on the CI kind of machine:
# docs/performance.md). The AOT compiler links with clang.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends clang zlib1g-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Directory.Build.props Directory.Build.targets emulator.sln ./
COPY Emulator.Protocol/Emulator.Protocol.csproj Emulator.Protocol/
COPY Emulator/Emulator.csproj Emulator/
RUN dotnet restore Emulator/Emulator.csproj -r linux-x64 -p:PublishAot=true
COPY Emulator.Protocol/ Emulator.Protocol/
COPY Emulator/ Emulator/
RUN dotnet publish Emulator/Emulator.csproj -c Release -r linux-x64 -p:PublishAot=true --no-restore -o /out \
    && mkdir /app && cp /out/Emulator /out/libe_sqlite3.so /app/

# Run: the chiseled runtime-dependencies image (no shell, no package manager, a non-root user) and the binary.
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled AS runtime
WORKDIR /app
COPY --from=build /app/ ./
ENV EMULATOR_PORT=4566 \
    EMULATOR_BIND=0.0.0.0
EXPOSE 4566
HEALTHCHECK --interval=5s --timeout=2s --start-period=2s --retries=3 \
    CMD ["/app/Emulator", "--healthcheck"]
ENTRYPOINT ["/app/Emulator"]
