using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Tests.Policies;

public sealed class PolicyDurationTests
{
    [Theory]
    [InlineData(14, DurationUnit.Days, "P14D")]
    [InlineData(8, DurationUnit.Hours, "PT8H")]
    [InlineData(30, DurationUnit.Minutes, "PT30M")]
    [InlineData(0, DurationUnit.Hours, "PT0S")]
    [InlineData(3660, DurationUnit.Days, "P3660D")]
    public void ToIso8601_NumberAndUnit_IsDayTimeDuration(int value, DurationUnit unit, string expected)
    {
        new PolicyDuration(value, unit).ToIso8601().ShouldBe(expected);
    }

    [Theory]
    [InlineData("P14D", 14, DurationUnit.Days)]
    [InlineData("PT8H", 8, DurationUnit.Hours)]
    [InlineData("PT0S", 0, DurationUnit.Days)]
    [InlineData("P1DT12H", 36, DurationUnit.Hours)]
    [InlineData("PT1440M", 1, DurationUnit.Days)]
    [InlineData("PT90M", 90, DurationUnit.Minutes)]
    [InlineData("PT120S", 2, DurationUnit.Minutes)]
    public void TryParseIso8601_DayTimeDuration_ReadsTheLargestExactUnit(string text, int value, DurationUnit unit)
    {
        PolicyDuration.TryParseIso8601(text, out var duration, out var error).ShouldBeTrue(error);

        duration.ShouldBe(new PolicyDuration(value, unit));
    }

    [Theory]
    [InlineData("P1Y", "years, months or weeks")]
    [InlineData("P2W", "years, months or weeks")]
    [InlineData("P6M", "years, months or weeks")]
    [InlineData("P", "not an ISO 8601 duration")]
    [InlineData("PT", "not an ISO 8601 duration")]
    [InlineData("-P1D", "not an ISO 8601 duration")]
    [InlineData("14", "not an ISO 8601 duration")]
    [InlineData("PT1.5S", "seconds")]
    [InlineData("", "empty")]
    public void TryParseIso8601_NotADayTimeDuration_SaysWhy(string text, string said)
    {
        PolicyDuration.TryParseIso8601(text, out _, out var error).ShouldBeFalse();

        error.ShouldNotBeNull().ShouldContain(said);
    }

    [Fact]
    public void TryFromTimeSpan_RoundTripsThroughIso()
    {
        foreach (var span in new[] { TimeSpan.FromDays(7), TimeSpan.FromHours(30), TimeSpan.FromMinutes(45), TimeSpan.Zero })
        {
            PolicyDuration.TryFromTimeSpan(span, out var duration).ShouldBeTrue();
            duration.ToTimeSpan().ShouldBe(span);
            PolicyDuration.TryParseIso8601(duration.ToIso8601(), out var back, out _).ShouldBeTrue();
            back.ToTimeSpan().ShouldBe(span);
        }
    }
}
