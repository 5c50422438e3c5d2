using MentoringProgram.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace MentoringProgram.Web.Infrastructure;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>PBKDF2 iterations: ASVS asks for at least 210,000 with HMAC-SHA512 (Identity's default is 100,000).</summary>
    public const int PasswordHashIterations = 210_000;

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(AccountOptions.Section);
        builder.Services.Configure<AccountOptions>(section);
        var accounts = section.Get<AccountOptions>() ?? new AccountOptions();

        builder.Services.AddScoped<StaffAccountLinker>();
        builder.Services.AddScoped<SessionValidator>();
        builder.Services.AddSingleton<SessionCheckCache>();
        builder.Services.AddScoped<MentoringProgram.Web.Features.Account.AccountMail>();
        // Identity's core without its UI package: every account page is the app's own (Areas/Identity/Pages),
        // under the site layout with no external script (issue 10, item 18).
        builder.Services
            .AddIdentity<ApplicationUser, IdentityRole>(o =>
            {
                o.SignIn.RequireConfirmedAccount = true;
                o.User.RequireUniqueEmail = true;
                // The user name is the email, which FluentValidation checks; a narrower list would refuse a new
                // address (o'brien@...) that the known-address path accepts, telling the two apart.
                o.User.AllowedUserNameCharacters = "";
                o.Password.RequiredLength = MentoringProgram.Web.Areas.Identity.Pages.Account.AccountRules.MinPasswordLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddUserManager<AppUserManager>()
            .AddUserValidator<AllowedEmailDomainValidator>()
            .AddPasswordValidator<CommonPasswordValidator>();

        builder.Services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashIterations);
        // Another session ends within a minute of a password change or a disabled account (ASVS V7.4.2).
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        // Cookies are Secure with the __Host- prefix everywhere but Development, where the one-command demo
        // runs on plain http://localhost without a certificate (browsers refuse __Host- cookies that are not Secure).
        var secureCookies = !builder.Environment.IsDevelopment();
        var cookiePrefix = secureCookies ? "__Host-" : "";
        var securePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = cookiePrefix + "mentoring";
            o.Cookie.SecurePolicy = securePolicy;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = accounts.IdleTimeout;
            o.SlidingExpiration = true;
            o.LoginPath = "/Identity/Account/Login";
            o.AccessDeniedPath = "/Identity/Account/AccessDenied";
            o.Events.OnSigningIn = context =>
            {
                SessionLifetime.StampAbsoluteExpiry(context.Properties, context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(), accounts.AbsoluteTimeout);
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToAccessDenied = context =>
            {
                var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Security");
                logger.LogWarning("Access denied to {Path} for user {UserId}", context.Request.Path.Value,
                    context.HttpContext.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value);
                context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
            o.Events.OnValidatePrincipal = context => context.HttpContext.RequestServices.GetRequiredService<SessionValidator>().ValidateAsync(context);
        });

        // After Identity's own post-configuration has made the cookie's format: keep what it decrypts (KeptTicketFormat).
        builder.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<TimeProvider>((o, clock) => o.TicketDataFormat = new KeptTicketFormat(o.TicketDataFormat, clock));

        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = cookiePrefix + "mentoring-af";
            o.Cookie.SecurePolicy = securePolicy;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        // The form token of a signed-in visitor is made once per cookie and kept (KeptAntiforgery): in place of the
        // default, which it wraps.
        var antiforgery = builder.Services.Last(d => d.ServiceType == typeof(Microsoft.AspNetCore.Antiforgery.IAntiforgery));
        builder.Services.Remove(antiforgery);
        builder.Services.AddSingleton<Microsoft.AspNetCore.Antiforgery.IAntiforgery>(sp => new KeptAntiforgery(
            (Microsoft.AspNetCore.Antiforgery.IAntiforgery)ActivatorUtilities.CreateInstance(sp, antiforgery.ImplementationType!),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>>(), sp.GetRequiredService<TimeProvider>()));

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Coordinator, p => p.RequireAuthenticatedUser().RequireRole(Roles.Coordinator))
            .AddPolicy(Policies.Staff, p => p.RequireAuthenticatedUser().RequireRole(Roles.Staff, Roles.Coordinator))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        builder.Services.AddScoped<CurrentStaff>();
        return builder;
    }
}
