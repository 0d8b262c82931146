namespace PolicyPortal.Bench;

/// <summary>Order statistics of timing samples (milliseconds).</summary>
public static class Stats
{
    public static double Median(IEnumerable<double> samples) => Percentile(samples, 0.5);

    public static double Percentile(IEnumerable<double> samples, double fraction)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var position = fraction * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }
}
