using System.Reflection;
using MentoringProgram.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>Limits registration to the library's own email domains when the installation asks for it.</summary>
public sealed class AllowedEmailDomainValidator(IOptions<AccountOptions> options) : IUserValidator<ApplicationUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var allowed = options.Value.AllowedEmailDomains;
        if (allowed.Length == 0 || user.Email is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }
        var domain = user.Email[(user.Email.LastIndexOf('@') + 1)..];
        return Task.FromResult(allowed.Any(d => string.Equals(d.Trim(), domain, StringComparison.OrdinalIgnoreCase))
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError
            {
                Code = "EmailDomainNotAllowed",
                Description = $"Registration is open to {string.Join(", ", allowed.Select(d => "@" + d))} addresses only. Use your work email.",
            }));
    }
}

/// <summary>Refuses the most common passwords (ASVS V6.2.12); length does the rest, with no composition rules.</summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    private static readonly Lazy<HashSet<string>> CommonPasswords = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "That password is one of the most commonly used and easy to guess. Choose another, such as a few unrelated words.",
            })
            : IdentityResult.Success);

    public static bool IsCommon(string password) => CommonPasswords.Value.Contains(password.Trim().ToLowerInvariant());

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MentoringProgram.Web.Infrastructure.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }
        return set;
    }
}
