using PolicyPortal.Web.Components;
using PolicyPortal.Web.Security;

namespace PolicyPortal.Web.Data.Audit;

/// <summary><c>GET /audit/export.csv</c>: the audit log as CSV, with the Audit page's filters as query parameters.</summary>
internal static class AuditExportEndpoint
{
    public static void MapAuditExport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(PageRoutes.AuditCsv, async (HttpContext context, IAuditLog audit, string? who, AuditAction? action, AuditOutcome? outcome, string? text, DateOnly? from, DateOnly? to) =>
        {
            context.Response.ContentType = "text/csv; charset=utf-8";
            context.Response.Headers.ContentDisposition = "attachment; filename=\"policyportal-audit.csv\"";
            var filter = new AuditFilter { Who = Blank(who), Action = action, Outcome = outcome, Text = Blank(text) }.OnDays(from, to);
            await audit.WriteCsvAsync(filter, context.Response.Body, context.RequestAborted);
        }).RequireAuthorization(PortalPolicies.Admin);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
