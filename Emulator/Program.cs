return EmulatorProgram.Run(args);
