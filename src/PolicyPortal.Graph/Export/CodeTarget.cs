namespace PolicyPortal.Graph.Export;

/// <summary>The languages a policy can be exported to, in the order of the tabs.</summary>
public enum CodeTarget
{
    /// <summary>The raw HTTP request: method, URL, headers and the previewed body.</summary>
    Http,

    /// <summary>C# with the Microsoft.Graph v5+ SDK models.</summary>
    CSharp,

    /// <summary>PowerShell with the Microsoft.Graph module (<c>New-/Set-MgEntitlementManagementAssignmentPolicy</c>).</summary>
    PowerShell,

    /// <summary>Python with msgraph-sdk (async).</summary>
    Python,

    /// <summary>Azure CLI <c>az rest</c> in bash or zsh.</summary>
    AzureCli,
}
