return Emulator.Hosting.EmulatorProgram.Run(args);
