using MentoringProgram.Testing;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>A <see cref="ConfirmedPair"/> whose program has the default surveys: the starting point of the survey tests.</summary>
public sealed record SurveyedPair(ConfirmedPair Pair, Pairing Pairing, IReadOnlyDictionary<SurveyKind, int> Surveys)
{
    public static async Task<SurveyedPair> CreateAsync(TestAppFactory app)
    {
        var ct = TestContext.Current.CancellationToken;
        var pair = await ConfirmedPair.CreateAsync(app);
        var surveys = await app.WithDbAsync(async db =>
        {
            var defaults = DefaultSurveys.For(pair.Scene.ProgramId);
            db.Surveys.AddRange(defaults);
            await db.SaveChangesAsync(ct);
            return defaults.ToDictionary(s => s.Kind, s => s.Id);
        });
        var pairing = await app.WithDbAsync(db => db.Pairings.AsNoTracking().SingleAsync(p => p.Id == pair.PairingId, ct));
        return new SurveyedPair(pair, pairing, surveys);
    }
}
