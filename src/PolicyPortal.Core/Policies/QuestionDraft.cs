namespace PolicyPortal.Core.Policies;

/// <summary>The two kinds of requestor question Graph knows.</summary>
public enum QuestionKind
{
    /// <summary><c>accessPackageTextInputQuestion</c>: a short or long text answer, optionally checked by a regex.</summary>
    Text,

    /// <summary><c>accessPackageMultipleChoiceQuestion</c>: pick one or several choices.</summary>
    MultipleChoice,
}

/// <summary>A question posed to the requestor. One class for both kinds keeps the editor bindable; members of the other kind are ignored.</summary>
public sealed class QuestionDraft
{
    /// <summary>Graph id of an existing question (edits only).</summary>
    public string? Id { get; set; }

    public QuestionKind Kind { get; set; }

    public string Text { get; set; } = "";

    public List<LocalizedTextDraft> Localizations { get; set; } = [];

    public bool IsRequired { get; set; } = true;

    public bool IsAnswerEditable { get; set; } = true;

    /// <summary>Display order; <see cref="PolicyDraft.RenumberQuestions"/> keeps it in list order.</summary>
    public int Sequence { get; set; }

    /// <summary>Text questions: single line (true) or multi-line.</summary>
    public bool IsSingleLineQuestion { get; set; } = true;

    /// <summary>Text questions: answers must match this .NET/ECMAScript-compatible pattern.</summary>
    public string? RegexPattern { get; set; }

    /// <summary>Multiple choice questions: the choices.</summary>
    public List<AnswerChoiceDraft> Choices { get; set; } = [];

    /// <summary>Multiple choice questions: several answers allowed.</summary>
    public bool IsMultipleSelectionAllowed { get; set; }
}

/// <summary>One answer of a multiple choice question: the stored value and the text shown.</summary>
public sealed class AnswerChoiceDraft
{
    public string ActualValue { get; set; } = "";

    public string Text { get; set; } = "";

    public List<LocalizedTextDraft> Localizations { get; set; } = [];
}

/// <summary>A translation, e.g. <c>fr-CA</c> → "Que fais-tu comme travail?".</summary>
public sealed class LocalizedTextDraft
{
    public string LanguageCode { get; set; } = "";

    public string Text { get; set; } = "";
}
