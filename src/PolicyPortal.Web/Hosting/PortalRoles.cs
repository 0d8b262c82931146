namespace PolicyPortal.Web.Hosting;

public static class PortalRoles
{
    public const string Admin = "PolicyPortal.Admin";
}
