using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace MentoringProgram.Testing;

/// <summary>
/// The real app in the "Testing" environment (production cookie and header settings) on a real database,
/// with a clock the tests move, jobs run by the tests themselves, and mail as .eml files in a temp folder
/// unless an SMTP server is given.
/// </summary>
public class TestAppFactory : WebApplicationFactory<Program>
{
    public TestAppFactory(TestDatabase database, bool realServer = false, IDictionary<string, string?>? settings = null)
    {
        Database = database;
        Settings = settings ?? new Dictionary<string, string?>();
        MailFolder = Path.Combine(Path.GetTempPath(), "mentoring-tests", "mail-" + Guid.NewGuid().ToString("N"));
        if (realServer)
        {
            var certificate = CreateSelfSignedCertificate();
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        }
        ClientOptions.BaseAddress = new Uri("https://localhost");
    }

    public TestDatabase Database { get; }
    public IDictionary<string, string?> Settings { get; }
    public string MailFolder { get; }
    /// <summary>Where every test's clock starts: a fixed Monday afternoon, so no test depends on the day it runs.</summary>
    public static DateTimeOffset Start { get; } = new(2026, 3, 2, 14, 30, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public const string Password = "correct horse battery staple";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Static files as a published app serves them (fingerprinted, pre-compressed): outside Development the build's
        // compressed copies under obj/ are found only through the static web assets manifest.
        builder.UseStaticWebAssets();
        // A build manifest (unlike a publish one) would otherwise be served with no-cache, as in development.
        builder.UseSetting("EnableStaticAssetsDevelopmentCaching", "true");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Email:PickupDirectory", MailFolder);
        builder.UseSetting("Email:PublicBaseUrl", "https://localhost");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    public Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action) =>
        WithScopeAsync(sp => action(sp.GetRequiredService<AppDbContext>()));

    /// <summary>A confirmed login with a linked staff profile, as if the person had registered and confirmed.</summary>
    public Task<ApplicationUser> CreateUserAsync(string email, bool coordinator = false, Action<Web.Domain.StaffMember>? profile = null) =>
        WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }
            if (coordinator)
            {
                await users.AddToRoleAsync(user, Roles.Coordinator);
            }
            if (profile is not null)
            {
                var db = sp.GetRequiredService<AppDbContext>();
                var staff = await db.StaffMembers.SingleAsync(s => s.UserId == user.Id);
                profile(staff);
                await db.SaveChangesAsync();
            }
            return user;
        });

    public IEnumerable<string> MailFiles() =>
        Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml") : [];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
        GC.SuppressFinalize(this);
    }

    private static X509Certificate2 CreateSelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("localhost");
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
