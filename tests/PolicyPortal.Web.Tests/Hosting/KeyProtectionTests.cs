using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Tests.Hosting;

/// <summary>The Data Protection keys every instance shares through the database, encrypted there by a certificate.</summary>
public sealed class KeyProtectionTests : IDisposable
{
    private const string Password = "test-only-password";

    private readonly string _folder = Directory.CreateTempSubdirectory("policyportal-keys-").FullName;
    private readonly string _database;

    public KeyProtectionTests() => _database = Path.Combine(_folder, "portal.db");

    [Fact]
    public void WithACertificate_TheStoredKeysAreEncrypted_AndAnotherInstanceWithItReadsWhatTheFirstProtected()
    {
        var certificate = CertificateFile();
        string protectedText;
        using (var first = Instance(("DataProtection:Certificate:Path", certificate), ("DataProtection:Certificate:Password", Password)))
        {
            protectedText = Protector(first).Protect("circuit id");
            var stored = StoredKeys(first).ShouldHaveSingleItem();
            stored.ShouldContain("EncryptedData");
            stored.ShouldNotContain("<masterKey");
        }

        using var second = Instance(("DataProtection:Certificate:Path", certificate), ("DataProtection:Certificate:Password", Password));
        Protector(second).Unprotect(protectedText).ShouldBe("circuit id");
    }

    [Fact]
    public void WithoutACertificate_TheStoredKeysAreAsAspNetCoreWritesThem()
    {
        using var instance = Instance();
        Protector(instance).Protect("circuit id");
        StoredKeys(instance).ShouldHaveSingleItem().ShouldContain("<masterKey");
    }

    [Fact]
    public void AWrongPassword_StopsTheStart_NamingTheKeys()
    {
        using var instance = Instance(("DataProtection:Certificate:Path", CertificateFile()), ("DataProtection:Certificate:Password", "not it"));

        var error = Should.Throw<InvalidOperationException>(() => instance.Services);

        error.Message.ShouldContain("DataProtection:Certificate:Path");
        error.Message.ShouldContain("DataProtection:Certificate:Password");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static IDataProtector Protector(WebApplicationFactory<Program> instance) =>
        instance.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("KeyProtectionTests");

    private static List<string> StoredKeys(WebApplicationFactory<Program> instance)
    {
        using var scope = instance.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();
        return [.. db.DataProtectionKeys.AsNoTracking().Select(key => key.Xml!)];
    }

    /// <summary>A self-signed certificate with its private key, as a password-protected PKCS#12 file.</summary>
    private string CertificateFile()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=PolicyPortal keys (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var path = Path.Combine(_folder, "keys.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, Password));
        return path;
    }

    /// <summary>One instance of the app on this test's database.</summary>
    private WebApplicationFactory<Program> Instance(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development").UseSetting("Database:SqlitePath", _database);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
}
