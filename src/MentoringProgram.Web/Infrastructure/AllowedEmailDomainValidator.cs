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
