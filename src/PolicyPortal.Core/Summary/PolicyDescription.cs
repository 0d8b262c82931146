using System.Text;
using PolicyPortal.Core.Text;

namespace PolicyPortal.Core.Summary;

/// <summary>One part of a policy summary, e.g. "Approval", with the sentences that describe it.</summary>
public sealed record SummarySection(string Heading, IReadOnlyList<string> Sentences);

/// <summary>A policy described in plain English, section by section, for a list in the UI or as plain text. Names and
/// texts in it show their bidirectional controls visibly (<see cref="BidiControls"/>).</summary>
public sealed class PolicyDescription
{
    public PolicyDescription(string title, IReadOnlyList<SummarySection> sections)
    {
        Title = BidiControls.Reveal(title);
        Sections = [.. sections.Select(section => section with { Sentences = [.. section.Sentences.Select(sentence => BidiControls.Reveal(sentence))] })];
    }

    /// <summary>The policy's name (or a placeholder when it has none yet).</summary>
    public string Title { get; }

    public IReadOnlyList<SummarySection> Sections { get; }

    /// <summary>The section with <paramref name="heading"/>, or null.</summary>
    public SummarySection? Section(string heading) => Sections.FirstOrDefault(section => section.Heading == heading);

    /// <summary>Title, then each heading followed by its sentences as "- " lines.</summary>
    public string ToPlainText()
    {
        var text = new StringBuilder().Append(Title).Append('\n');
        foreach (var section in Sections)
        {
            text.Append('\n').Append(section.Heading).Append('\n');
            foreach (var sentence in section.Sentences)
            {
                text.Append("- ").Append(sentence).Append('\n');
            }
        }

        return text.ToString();
    }

    public override string ToString() => ToPlainText();
}
