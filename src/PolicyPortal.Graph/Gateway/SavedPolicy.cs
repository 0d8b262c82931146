using System.Text.Json;

namespace PolicyPortal.Graph.Gateway;

/// <summary>Graph's answer to a create or replace, read for the policy's id only: parsing the whole policy into the SDK's
/// model costs more than everything the portal does before sending it (docs/benchmarks.md, submit path).</summary>
internal static class SavedPolicy
{
    /// <summary>The <c>id</c> of the policy in <paramref name="body"/> (disposed here); null without a body or an id, as
    /// the SDK's model would have had none.</summary>
    public static async Task<string?> IdAsync(Stream? body, CancellationToken cancellationToken)
    {
        if (body is null)
        {
            return null;
        }
        await using (body.ConfigureAwait(false))
        {
            if (body is { CanSeek: true, Length: 0 })
            {
                return null;
            }
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
            return document.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
    }
}
