namespace PolicyPortal.Graph.Policies;

/// <summary>
/// Core mirrors Graph's enums member for member, so they convert by name. Members Core leaves out
/// (<c>unknownFutureValue</c>) have no counterpart: <see cref="TryConvert{TTarget}"/> says so.
/// </summary>
internal static class EnumMap
{
    public static TTarget Convert<TTarget>(Enum value)
        where TTarget : struct, Enum =>
        TryConvert<TTarget>(value, out var result)
            ? result
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TTarget).Name} has no member {value}.");

    public static bool TryConvert<TTarget>(Enum value, out TTarget result)
        where TTarget : struct, Enum =>
        Enum.TryParse(value.ToString(), ignoreCase: false, out result) && Enum.IsDefined(result);
}
