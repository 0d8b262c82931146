using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace PolicyPortal.Web.Hosting;

/// <summary>The Data Protection keys the instances share through the database are encrypted there with a certificate
/// when one is configured (<c>DataProtection:Certificate:Path</c>, a PKCS#12 file, and its <c>Password</c> from the
/// environment or Key Vault); without one they are stored as ASP.NET Core writes them, and it logs that warning.</summary>
internal static class KeyProtection
{
    public const string Section = "DataProtection:Certificate";

    public static void AddKeyProtection(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(Section);
        if (section["Path"] is not { Length: > 0 } path)
        {
            return;
        }
        // Read at start, so a wrong path or password stops the start with the key's name instead of the first sign-in.
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(builder.Environment.ContentRootPath, path), section["Password"]);
        }
        catch (Exception error) when (error is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"{Section}:Path “{path}” could not be read as a PKCS#12 certificate with {Section}:Password: {error.Message}", error);
        }
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"{Section}:Path “{path}” has no private key, so keys it encrypts could not be read back.");
        }
        builder.Services.AddDataProtection()
            .ProtectKeysWithCertificate(certificate)
            .UnprotectKeysWithAnyCertificate(certificate);
    }
}
