using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using MentoringProgram.Web.Features.Matching;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Mina Mentee and Gale Good, proposed and confirmed by the coordinator's handlers, both with a login: the pair
/// the meeting and calendar tests work with. The term starts four weeks after <see cref="TestAppFactory.Start"/>.</summary>
public sealed record ConfirmedPair(MatchingScene Scene, int PairingId)
{
    public string Page => $"/My/Pairings/{PairingId}";

    public string MenteeEmail => Scene.MenteeEmail;

    public string MentorEmail => Scene.Mentors["Gale Good"].Email;

    public static async Task<ConfirmedPair> CreateAsync(TestAppFactory app, string? timeZone = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var scene = await MatchingScene.CreateAsync(app);
        if (timeZone is not null)
        {
            await app.WithDbAsync(async db =>
            {
                var program = await db.Programs.FindAsync([scene.ProgramId], ct);
                program!.SetTimeZone(timeZone);
                return await db.SaveChangesAsync(ct);
            });
        }
        await app.CreateUserAsync(scene.MenteeEmail);
        await app.CreateUserAsync(scene.Mentors["Gale Good"].Email);
        await using var scope = app.Services.CreateAsyncScope();
        var proposed = await scope.ServiceProvider.GetRequiredService<ProposeMatch.Handler>()
            .HandleAsync(scene.ProgramId, scene.RequestId, scene.VolunteerOf("Gale Good"), null, ct);
        var confirmed = await scope.ServiceProvider.GetRequiredService<ConfirmMatch.Handler>()
            .HandleAsync(scene.ProgramId, proposed.MatchId!.Value, new ConfirmMatch.Command(), null, ct);
        Assert.Null(confirmed.Refusal);
        return new ConfirmedPair(scene, proposed.MatchId.Value);
    }
}
