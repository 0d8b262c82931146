using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Services;

namespace PolicyPortal.Web.Tests.Components;

/// <summary>bUnit with MudBlazor registered as the app registers it and an interactive Server renderer.</summary>
public abstract class PortalComponentTest : BunitContext
{
    protected PortalComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    /// <summary>Renders as the app does (interactive Server), optionally with a signed-in admin. Call it once the test's
    /// own services are registered: it resolves services, after which bUnit refuses new registrations.</summary>
    protected void RenderAsInteractiveServer(string? signedInAs = null)
    {
        if (signedInAs is not null)
        {
            AddAuthorization().SetAuthorized(signedInAs);
        }
        SetRendererInfo(new RendererInfo("Server", true));
    }

    /// <summary>Renders the popover host; MudBlazor puts autocomplete lists and dialogs there.</summary>
    protected IRenderedComponent<MudPopoverProvider> RenderPopovers() => Render<MudPopoverProvider>();
}
