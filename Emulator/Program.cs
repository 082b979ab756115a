if (args.Contains(HealthProbe.Flag)) return HealthProbe.Run(args);

EmulatorHost.Build(args).Run();
return 0;
