using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using MentoringProgram.Web.Features.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Mina Mentee and Gale Good from <see cref="MatchingScene"/>, proposed and (unless asked not to) confirmed by
/// the coordinator's own handlers, with sign-ins for both: the starting point of every pairing-life test. The term
/// starts four weeks after <see cref="TestAppFactory.Start"/>.</summary>
public sealed record ConfirmedPair(MatchingScene Scene, int PairingId)
{
    public const string MentorName = "Gale Good";

    public string MenteeEmail => Scene.MenteeEmail;

    public string MentorEmail => Scene.Mentors[MentorName].Email;

    public string Page => $"/My/Pairings/{PairingId}";

    public static async Task<ConfirmedPair> CreateAsync(TestAppFactory app, string? timeZone = null, bool confirm = true)
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
        await app.CreateUserAsync(scene.Mentors[MentorName].Email);
        await using var scope = app.Services.CreateAsyncScope();
        var proposed = await scope.ServiceProvider.GetRequiredService<ProposeMatch.Handler>()
            .HandleAsync(scene.ProgramId, scene.RequestId, scene.VolunteerOf(MentorName), null, ct);
        var pairingId = proposed.MatchId!.Value;
        if (confirm)
        {
            var confirmed = await scope.ServiceProvider.GetRequiredService<ConfirmMatch.Handler>()
                .HandleAsync(scene.ProgramId, pairingId, new ConfirmMatch.Command(), null, ct);
            Assert.Null(confirmed.Refusal);
        }
        return new ConfirmedPair(scene, pairingId);
    }

    /// <summary>Moves the clock to <paramref name="days"/> days after the term starts.</summary>
    public async Task<DateOnly> IntoTheTermAsync(TestAppFactory app, int days)
    {
        var starts = await app.WithDbAsync(db => db.Pairings.Where(p => p.Id == PairingId).Select(p => p.StartsOn).SingleAsync(TestContext.Current.CancellationToken));
        app.Clock.Advance(TimeSpan.FromDays(starts.DayNumber - app.Today().DayNumber + days));
        return app.Today();
    }
}
