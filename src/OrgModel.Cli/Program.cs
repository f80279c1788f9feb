using OrgModel.Cli;

return OrgModelCli.Run(args);
