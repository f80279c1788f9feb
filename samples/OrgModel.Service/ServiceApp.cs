using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OrgModel.EntityFrameworkCore.Tracker;
using OrgModel.Serialization;

namespace OrgModel.Service;

/// <summary>Builds the sample service: reference data and a resolution tracker over HTTP.</summary>
/// <remarks>
/// <para>Storage: PostgreSQL when <c>ConnectionStrings:Postgres</c> is set, else SQLite at <c>ConnectionStrings:Sqlite</c>
/// (by default <c>tracker.db</c> in the working folder). The schema's migrations run at start.</para>
/// <para>Errors: a value that does not parse (<see cref="FormatException"/>, a route value refused by an OrgModel
/// <c>TryParse</c>) and a body that is not valid JSON (<see cref="System.Text.Json.JsonException"/>) are answered 400 with
/// an RFC 7807 problem; an unknown id is 404.</para>
/// </remarks>
public static class ServiceApp
{
    /// <summary>Builds the application (not started).</summary>
    /// <param name="args">Command-line arguments, e.g. <c>--urls=http://127.0.0.1:5080</c>.</param>
    /// <returns>The application, its database migrated.</returns>
    public static WebApplication Build(string[] args)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
        AddTracker(builder);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            // The service's own answers first, then every OrgModel type through the library's source-generated context.
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, ServiceJsonContext.Default);
            o.SerializerOptions.TypeInfoResolverChain.Insert(1, OrgModelJsonContext.Default);
            // A context's own converters apply only to its own options; NodaTime dates need this one here.
            o.SerializerOptions.Converters.Add(new IsoLocalDateConverter());
        });
        builder.Services.AddProblemDetails();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi();

        WebApplication app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = WriteProblem,
            // A client's mistake is answered, not logged as a failure of the service.
            SuppressDiagnosticsCallback = c => c.Exception is BadHttpRequestException or FormatException or System.Text.Json.JsonException,
        });
        app.MapOpenApi();
        ReferenceEndpoints.Map(app);
        TrackerEndpoints.Map(app.MapGroup("/tracker"));

        using (IServiceScope scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<ResolutionTrackerContext>().Database.Migrate();
        }

        return app;
    }

    private static void AddTracker(WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetConnectionString("Postgres") is { Length: > 0 } postgres)
        {
            builder.Services.AddDbContext<PostgresTrackerContext>(o => o.UseNpgsql(postgres, n => n.UseNodaTime()));
            builder.Services.AddScoped<ResolutionTrackerContext>(s => s.GetRequiredService<PostgresTrackerContext>());
        }
        else
        {
            string sqlite = builder.Configuration.GetConnectionString("Sqlite") ?? "Data Source=tracker.db";
            builder.Services.AddDbContext<SqliteTrackerContext>(o => o.UseSqlite(sqlite));
            builder.Services.AddScoped<ResolutionTrackerContext>(s => s.GetRequiredService<SqliteTrackerContext>());
        }
    }

    // Input the library refuses is the client's mistake (400); anything else is the server's (500, no details leaked).
    private static Task WriteProblem(HttpContext context)
    {
        Exception? error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is BadHttpRequestException { InnerException: System.Text.Json.JsonException or FormatException } bad)
        {
            error = bad.InnerException;
        }

        IResult problem = error switch
        {
            System.Text.Json.JsonException json => Results.Problem(json.Message, statusCode: 400, title: "The body is not valid JSON for this request."),
            FormatException format => Results.Problem(format.Message, statusCode: 400, title: "A value is not in a form OrgModel reads."),
            BadHttpRequestException request => Results.Problem(request.Message, statusCode: request.StatusCode, title: "The request is not valid."),
            _ => Results.Problem(statusCode: 500, title: "The service failed."),
        };
        return problem.ExecuteAsync(context);
    }
}
