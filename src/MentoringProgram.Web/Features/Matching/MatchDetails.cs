using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Matching;

/// <summary>A match as the coordinator sees it: who with whom, the shareable reasons, where it stands and what can be
/// done with it. One statement. Never the pair's private notes.</summary>
public static class MatchDetails
{
    public sealed record Result(
        int ProgramId, string ProgramName, int MatchId, int RequestId, string MenteeName, string MentorName, PairingStatus Status,
        DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<string> Reasons, string? IntroductionNote, DateTimeOffset? AnswerDue, string TimeZoneId)
    {
        public bool CanConfirm => Pairing.ActionsAllowed(Status, AnswerDue is not null).Contains(PairingAction.Start);
        public bool CanCancel => Pairing.ActionsAllowed(Status, AnswerDue is not null).Contains(PairingAction.Cancel);
    }

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Result?> HandleAsync(int programId, int matchId, CancellationToken cancellationToken)
        {
            var row = await db.Pairings.AsNoTracking().Where(p => p.Id == matchId && p.Cycle!.ProgramId == programId)
                .Select(p => new
                {
                    ProgramName = p.Cycle!.Program!.Name, p.Id, p.MenteeRequestId, Mentee = p.Mentee!.FullName, Mentor = p.Mentor!.FullName,
                    p.Status, p.StartsOn, p.EndsOn, p.MatchReason, p.IntroductionNote, p.AnswerDue, p.Cycle.Program.TimeZoneId,
                })
                .SingleOrDefaultAsync(cancellationToken);
            return row is null ? null : new Result(programId, row.ProgramName, row.Id, row.MenteeRequestId, row.Mentee, row.Mentor, row.Status,
                row.StartsOn, row.EndsOn, MatchReasonLines.Split(row.MatchReason), row.IntroductionNote, row.AnswerDue, row.TimeZoneId);
        }
    }
}
