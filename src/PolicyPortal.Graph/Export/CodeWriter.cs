using System.Text;

namespace PolicyPortal.Graph.Export;

/// <summary>Lines with indentation, for the exporters that render the <see cref="PolicyCodeTree"/>.</summary>
internal sealed class CodeWriter(string indent = "    ")
{
    private readonly StringBuilder _text = new();
    private int _depth;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            for (var i = 0; i < _depth; i++)
            {
                _text.Append(indent);
            }
        }

        _text.Append(text).Append('\n');
        return this;
    }

    public CodeWriter Indent()
    {
        _depth++;
        return this;
    }

    public CodeWriter Outdent()
    {
        _depth--;
        return this;
    }

    public override string ToString() => _text.ToString();
}
