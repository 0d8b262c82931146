using FluentValidation;
using FluentValidation.Results;
using PolicyPortal.Core.Policies;

namespace PolicyPortal.Core.Validation;

internal static class ValidationContextExtensions
{
    /// <summary>Adds a failure on an absolute draft property path (rules that look at the whole draft choose their field).</summary>
    public static void Fail(this ValidationContext<PolicyDraft> context, string propertyPath, string message) =>
        context.AddFailure(new ValidationFailure(propertyPath, message));
}
