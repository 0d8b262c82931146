namespace PolicyPortal.Core.Diff;

/// <summary>
/// One difference between two JSON documents: the JSON path (<c>$.requestApprovalSettings.stages[0].primaryApprovers</c>)
/// and the compact JSON of the value before and after (null when the member or element is absent on that side).
/// </summary>
public sealed record JsonChange(string Path, string? Before, string? After);
