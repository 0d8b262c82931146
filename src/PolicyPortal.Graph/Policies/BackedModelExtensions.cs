namespace PolicyPortal.Graph.Policies;

/// <summary>
/// Assigning null to an SDK model member marks it changed in the backing store, and the request adapter then sends an
/// explicit <c>null</c> (the preview writer would leave it out). Members are therefore only assigned real values.
/// </summary>
internal static class BackedModelExtensions
{
    public static T With<T>(this T model, string? value, Action<T, string> assign)
    {
        if (!string.IsNullOrEmpty(value))
        {
            assign(model, value);
        }

        return model;
    }

    public static T With<T, TValue>(this T model, TValue? value, Action<T, TValue> assign)
        where TValue : struct
    {
        if (value is { } present)
        {
            assign(model, present);
        }

        return model;
    }
}
