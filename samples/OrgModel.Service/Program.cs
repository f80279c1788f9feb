// The sample service: reference data and a resolution tracker over HTTP. See docs/services.md.
using OrgModel.Service;

await using Microsoft.AspNetCore.Builder.WebApplication app = ServiceApp.Build(args);
await app.RunAsync();
