using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Tests.Policies;

public sealed class ReviewSettingsDraftTests
{
    [Theory]
    [InlineData(ReviewFrequency.Weekly, ReviewRecurrenceType.Weekly, 1)]
    [InlineData(ReviewFrequency.Monthly, ReviewRecurrenceType.AbsoluteMonthly, 1)]
    [InlineData(ReviewFrequency.Quarterly, ReviewRecurrenceType.AbsoluteMonthly, 3)]
    [InlineData(ReviewFrequency.BiAnnually, ReviewRecurrenceType.AbsoluteMonthly, 6)]
    [InlineData(ReviewFrequency.Annually, ReviewRecurrenceType.AbsoluteMonthly, 12)]
    public void Frequency_PortalChoice_MapsToGraphRecurrenceAndBack(ReviewFrequency frequency, ReviewRecurrenceType type, int interval)
    {
        var review = new ReviewSettingsDraft { Frequency = frequency };

        review.RecurrenceType.ShouldBe(type);
        review.RecurrenceInterval.ShouldBe(interval);
        new ReviewSettingsDraft { RecurrenceType = type, RecurrenceInterval = interval }.Frequency.ShouldBe(frequency);
    }

    [Fact]
    public void Frequency_OtherRecurrence_IsNull()
    {
        new ReviewSettingsDraft { RecurrenceType = ReviewRecurrenceType.AbsoluteMonthly, RecurrenceInterval = 2 }.Frequency.ShouldBeNull();
        new ReviewSettingsDraft { RecurrenceType = ReviewRecurrenceType.Daily, RecurrenceInterval = 1 }.Frequency.ShouldBeNull();
    }
}
