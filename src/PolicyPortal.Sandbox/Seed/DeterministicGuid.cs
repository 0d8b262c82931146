using System.Security.Cryptography;
using System.Text;

namespace PolicyPortal.Sandbox.Seed;

/// <summary>Stable name-based GUIDs (SHA-256, version 5 layout): the same seed name always gets the same id.</summary>
internal static class DeterministicGuid
{
    public static string For(string kind, string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}:{name}"), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }
}
