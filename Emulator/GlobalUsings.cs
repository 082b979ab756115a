// What nearly every file of the services uses: the pipeline's routing and errors, hosting's service parts, the shared mechanisms.
global using Emulator.Common;
global using Emulator.Hosting;
global using Emulator.Protocol.Errors;
global using Emulator.Protocol.Routing;
