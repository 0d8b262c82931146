using PolicyPortal.Graph;
using PolicyPortal.Web;
using PolicyPortal.Web.Baselines;

if (ExportCommand.IsRequested(args))
{
    // A command's result and usage are what it prints for the person or pipeline that ran it, not logs.
#pragma warning disable RS0030
    return await ExportCommand.RunAsync(args, more => Build([], more), Console.Out, Console.Error);
#pragma warning restore RS0030
}

Build(args).Run();
return 0;

static WebApplication Build(string[] args, Action<WebApplicationBuilder>? more = null)
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddPolicyPortalWeb();
    builder.AddPolicyPortalGraph();
    more?.Invoke(builder);
    var app = builder.Build();
    app.UsePolicyPortal();
    return app;
}

/// <summary>Entry point; public so integration tests can host it.</summary>
public partial class Program;
