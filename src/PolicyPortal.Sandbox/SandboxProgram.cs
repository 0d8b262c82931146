namespace PolicyPortal.Sandbox;

/// <summary>Runs the sandbox tenant alone: <c>dotnet run --project src/PolicyPortal.Sandbox</c>.</summary>
public static class SandboxProgram
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSandboxTenant(builder.Configuration.GetSection(SandboxOptions.Section));
        var app = builder.Build();
        app.UseSandboxTenant();
        app.Run();
    }
}
