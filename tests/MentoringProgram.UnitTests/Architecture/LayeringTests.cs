using MentoringProgram.Web.Domain;
using NetArchTest.Rules;

namespace MentoringProgram.UnitTests.Architecture;

/// <summary>Boundaries that a review would otherwise have to catch by eye.</summary>
public sealed class LayeringTests
{
    private static readonly System.Reflection.Assembly App = typeof(Program).Assembly;

    [Fact]
    public void Domain_DependsOnNoDatabaseWebOrMailLibrary_NorOnTheAppsOuterLayers()
    {
        var result = Types.InAssembly(App)
            .That().ResideInNamespace("MentoringProgram.Web.Domain")
            .ShouldNot().HaveDependencyOnAny(
                "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions.DependencyInjection",
                "MimeKit", "MailKit", "Hangfire", "FluentValidation",
                "MentoringProgram.Web.Data", "MentoringProgram.Web.Features", "MentoringProgram.Web.Infrastructure",
                "MentoringProgram.Web.Email", "MentoringProgram.Web.Jobs")
            .GetResult();

        Assert.True(result.IsSuccessful, "Domain types with outside dependencies: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void PrivateNotes_AreReachedOnlyByTheDomain_TheDataMapping_AndThePairingFeature()
    {
        // A pair's private notes must never reach the coordinator's pages: only the feature that owns them may read them.
        var result = Types.InAssembly(App)
            .That().HaveDependencyOn(typeof(PrivateNote).FullName!)
            .Should().ResideInNamespace("MentoringProgram.Web.Domain")
            .Or().ResideInNamespace("MentoringProgram.Web.Data")
            .Or().ResideInNamespace("MentoringProgram.Web.Features.Pairings")
            .GetResult();

        Assert.True(result.IsSuccessful, "Types outside the pairing feature that touch private notes: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void MeetingTopics_AreReachedOnlyByTheDomain_TheDataMapping_AndThePairingFeature()
    {
        // The topics a meeting touched are private to the pair like notes (issue 14): no coordinator page, export or mail reads them.
        var result = Types.InAssembly(App)
            .That().HaveDependencyOn(typeof(MeetingTopic).FullName!)
            .Should().ResideInNamespace("MentoringProgram.Web.Domain")
            .Or().ResideInNamespace("MentoringProgram.Web.Data")
            .Or().ResideInNamespace("MentoringProgram.Web.Features.Pairings")
            .GetResult();

        Assert.True(result.IsSuccessful, "Types outside the pairing feature that touch meeting topics: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void TheRuleSeesADependency_WhenThereIsOne()
    {
        // Guards the two tests above against passing vacuously (a wrong namespace string matches nothing).
        var users = Types.InAssembly(App).That().HaveDependencyOn(typeof(PrivateNote).FullName!).GetTypes();

        Assert.Contains(users, t => t.Namespace == "MentoringProgram.Web.Data");
        Assert.NotEmpty(Types.InAssembly(App).That().ResideInNamespace("MentoringProgram.Web.Domain").GetTypes());
    }
}
