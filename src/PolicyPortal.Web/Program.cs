using PolicyPortal.Graph;
using PolicyPortal.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddPolicyPortalWeb();
builder.AddPolicyPortalGraph();

var app = builder.Build();
app.UsePolicyPortal();
app.Run();

/// <summary>Entry point; public so integration tests can host it.</summary>
public partial class Program;
