using MentoringProgram.Web.Data;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Moq;

namespace MentoringProgram.UnitTests.Features;

public class AccountRulesTests
{
    private static readonly UserManager<ApplicationUser> Users =
        new Mock<UserManager<ApplicationUser>>(Mock.Of<IUserStore<ApplicationUser>>(), null!, null!, null!, null!, null!, null!, null!, null!).Object;

    [Theory]
    [InlineData("password123")]
    [InlineData("Password123")]
    [InlineData(" qwerty123 ")]
    public async Task CommonPassword_IsRefused(string password)
    {
        var result = await new CommonPasswordValidator().ValidateAsync(Users, new ApplicationUser(), password);

        Assert.False(result.Succeeded);
        Assert.Equal("CommonPassword", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task UncommonPassphrase_IsAccepted() =>
        Assert.True((await new CommonPasswordValidator().ValidateAsync(Users, new ApplicationUser(), "quiet reading room at dawn")).Succeeded);

    [Theory]
    [InlineData("jo@library.example.edu", true)]
    [InlineData("jo@LIBRARY.example.edu", true)]
    [InlineData("jo@gmail.com", false)]
    [InlineData("jo@evil-library.example.edu", false)]
    public async Task AllowedDomains_LimitRegistration(string email, bool allowed)
    {
        var validator = new AllowedEmailDomainValidator(Options.Create(new AccountOptions { AllowedEmailDomains = ["library.example.edu"] }));

        var result = await validator.ValidateAsync(Users, new ApplicationUser { Email = email });

        Assert.Equal(allowed, result.Succeeded);
    }

    [Fact]
    public async Task NoAllowedDomains_MeansAnyDomain() =>
        Assert.True((await new AllowedEmailDomainValidator(Options.Create(new AccountOptions())).ValidateAsync(Users, new ApplicationUser { Email = "jo@anywhere.test" })).Succeeded);

    [Fact]
    public void AbsoluteSessionLifetime_EndsTheSessionAfterTheLimit_EvenIfActive()
    {
        var properties = new Microsoft.AspNetCore.Authentication.AuthenticationProperties();
        var signedIn = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
        SessionLifetime.StampAbsoluteExpiry(properties, signedIn, TimeSpan.FromHours(12));
        // A sliding renewal stamps again: the first expiry must stay.
        SessionLifetime.StampAbsoluteExpiry(properties, signedIn.AddHours(11), TimeSpan.FromHours(12));

        Assert.False(SessionLifetime.IsPastAbsoluteExpiry(properties, signedIn.AddHours(11)));
        Assert.True(SessionLifetime.IsPastAbsoluteExpiry(properties, signedIn.AddHours(12).AddSeconds(1)));
    }
}
