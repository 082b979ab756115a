# Build: the SDK image compiles a ReadyToRun release build.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY emulator.sln ./
COPY Emulator.Protocol/Emulator.Protocol.csproj Emulator.Protocol/
COPY Emulator/Emulator.csproj Emulator/
RUN dotnet restore Emulator/Emulator.csproj -r linux-x64
COPY Emulator.Protocol/ Emulator.Protocol/
COPY Emulator/ Emulator/
RUN dotnet publish Emulator/Emulator.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /app --no-restore

# Run: the small ASP.NET Core runtime image.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV EMULATOR_PORT=4566 \
    EMULATOR_BIND=0.0.0.0
EXPOSE 4566
HEALTHCHECK --interval=5s --timeout=2s --start-period=5s --retries=3 \
    CMD ["dotnet", "Emulator.dll", "--healthcheck"]
ENTRYPOINT ["dotnet", "Emulator.dll"]
