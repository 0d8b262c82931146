using PolicyPortal.Core.Policies;

namespace PolicyPortal.Web.Policies;

/// <summary>The draft as JSON with the texts of the fields the browser keeps while typing (those marked
/// <c>data-keep</c>) blanked: two drafts with the same shape differ only in typed text. Autosave waits for a pause in
/// typing, which the browser covers; any other edit (a question added, a person picked, a switch) cannot be kept by the
/// browser and is saved at once.</summary>
internal static class TypedTextBlind
{
    public static string ShapeOf(PolicyDraft draft)
    {
        var blind = draft.Clone();
        blind.DisplayName = "";
        blind.Description = "";
        foreach (var question in blind.Questions)
        {
            question.Text = "";
            question.RegexPattern = null;
            foreach (var choice in question.Choices)
            {
                choice.Text = "";
                choice.ActualValue = "";
            }
        }
        foreach (var target in blind.SpecificAllowedTargets)
        {
            target.MembershipRule = null;
        }
        return DraftPayload.Serialize(blind);
    }
}
