namespace PolicyPortal.Graph.Export;

/// <summary>
/// Generated code for one target: the tab title, the language name for syntax highlighting, a file name for download
/// and the code itself (limitations of the target, if any, are stated in comments at its top).
/// </summary>
public sealed record CodeSnippet(CodeTarget Target, string Title, string Language, string FileName, string Code);
