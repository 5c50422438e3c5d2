using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>One response per person per survey and pairing, held by the database itself on every provider (the index
/// used to be filtered on PairingId IS NOT NULL, so a response without a pairing could be stored twice).</summary>
public abstract class SurveyResponseUniquenessTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASecondResponse_BySamePersonToSameSurveyAndPairing_IsRefusedByTheDatabase()
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        var (surveyId, cycleId, menteeId) = await App.WithDbAsync(async db =>
        {
            var survey = new Survey(pair.Scene.ProgramId, SurveyKind.Pre, "Before you start");
            survey.AddQuestion("How confident are you?", QuestionType.Scale, EvaluationLevel.Learning);
            db.Surveys.Add(survey);
            await db.SaveChangesAsync(Ct);
            var pairing = await db.Pairings.AsNoTracking().SingleAsync(p => p.Id == pair.PairingId, Ct);
            return (survey.Id, pairing.CycleId, pairing.MenteeStaffId);
        });
        var questionId = await App.WithDbAsync(db => db.Surveys.Where(s => s.Id == surveyId).SelectMany(s => s.Questions).Select(q => q.Id).SingleAsync(Ct));
        SurveyResponse Response()
        {
            var response = new SurveyResponse(surveyId, cycleId, pair.PairingId, menteeId);
            response.Answer(questionId, 4, null);
            return response;
        }
        await App.WithDbAsync(db =>
        {
            db.SurveyResponses.Add(Response());
            return db.SaveChangesAsync(Ct);
        });

        await Assert.ThrowsAsync<DbUpdateException>(() => App.WithDbAsync(db =>
        {
            db.SurveyResponses.Add(Response());
            return db.SaveChangesAsync(Ct);
        }));

        Assert.Equal(1, await App.WithDbAsync(db => db.SurveyResponses.CountAsync(r => r.SurveyId == surveyId, Ct)));
    }
}

public sealed class SurveyResponseUniquenessTestsOnSqlite(SqliteApp fixture) : SurveyResponseUniquenessTests(fixture), IClassFixture<SqliteApp>;

public sealed class SurveyResponseUniquenessTestsOnPostgres(PostgresApp fixture) : SurveyResponseUniquenessTests(fixture), IClassFixture<PostgresApp>;
