using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Domain.Matching;
using MentoringProgram.Web.Features.Matching;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.MenteeChoice;

/// <summary>
/// A mentee in a mentee-choice program chooses their mentor: they see the best few eligible mentors (the program's
/// number) with the reasons both may read, ask one, and may take the ask back. The list is computed by the same
/// scorer and hard rules as the coordinator's suggestions, and again on every ask: a mentor id in the address that is
/// not on the mentee's list now is refused, whatever the page showed. Only the request's owner reaches any of it.
/// </summary>
public static class ChooseMentor
{
    public sealed record Choice(int VolunteerId, string Name, string? JobTitle, string? Department, IReadOnlyList<string> Reasons);

    public sealed record PastAsk(int Id, string MentorName, PairingStatus Status, DateTimeOffset AnswerDue);

    public sealed record Result(
        int RequestId, string ProgramName, string CycleName, RequestStatus Status, int AnswerDays, string TimeZoneId,
        PastAsk? Waiting, IReadOnlyList<PastAsk> Ended, IReadOnlyList<Choice> Choices)
    {
        /// <summary>Matched through an ask the mentor accepted (or the coordinator confirmed).</summary>
        public PastAsk? Accepted => Ended.FirstOrDefault(a => a.Status == PairingStatus.Active);

        /// <summary>The program lets mentees choose now (a coordinator may have changed that since an ask was made).</summary>
        public bool MenteeChooses { get; init; }

        /// <summary>The coordinator has proposed a mentor for this request: the mentee cannot ask anyone meanwhile.</summary>
        public bool CoordinatorArranging { get; init; }

        /// <summary>The waiting ask's due time has passed; the job lapses it within minutes.</summary>
        public bool WaitingOverdue { get; init; }

        public bool CanAsk => MenteeChooses && Status == RequestStatus.Submitted && Waiting is null && !CoordinatorArranging;
    }

    /// <summary>RequestId: the request the ask was for, to go back to its list.</summary>
    public sealed record AskResult(bool Found, string? Refusal, int RequestId = 0);

    public sealed class Handler(AppDbContext db, MatchPool pool, ProposeMatch.Handler propose, MenteeChoiceNotices notices, TimeProvider clock)
    {
        public async Task<Result?> LoadAsync(int staffId, int requestId, CancellationToken cancellationToken) =>
            (await LoadWithProgramAsync(staffId, requestId, cancellationToken))?.Page;

        public async Task<AskResult> AskAsync(int staffId, string? userId, int requestId, int volunteerId, CancellationToken cancellationToken)
        {
            if (await LoadWithProgramAsync(staffId, requestId, cancellationToken) is not { } loaded)
            {
                return new AskResult(false, null);
            }
            var (page, programId) = loaded;
            if (!page.MenteeChooses)
            {
                return new AskResult(false, null);
            }
            if (!page.CanAsk)
            {
                return new AskResult(true, page switch
                {
                    { Waiting: { } waiting } => $"You have asked {waiting.MentorName} already. Wait for their answer, or take the ask back first.",
                    { CoordinatorArranging: true } => "The coordinator is arranging a mentor for you, so you cannot ask one yourself now.",
                    _ => "This request is no longer waiting for a mentor.",
                });
            }
            if (page.Choices.FirstOrDefault(c => c.VolunteerId == volunteerId) is not { } choice)
            {
                return new AskResult(true, "That mentor is not among your suggestions now. Choose from the list below.");
            }
            var answerDue = clock.GetUtcNow().AddDays(page.AnswerDays);
            var ask = new ProposeMatch.MenteesAsk(answerDue, (pairing, request, mentor, ct) =>
                notices.AskedAsync($"{request.RequestId}:{mentor.VolunteerId}:{answerDue.UtcTicks}", request.RequestId, mentor,
                    request.TopicNames, choice.Reasons, answerDue, ct));
            var proposed = await propose.ProposeAsync(programId, requestId, volunteerId, userId, ask, cancellationToken);
            return new AskResult(proposed.Found, proposed.Refusal);
        }

        /// <summary>The mentee takes back an ask still waiting: the mentor's place is freed and the mentor told.</summary>
        public async Task<AskResult> TakeBackAsync(int staffId, string? userId, int askId, CancellationToken cancellationToken)
        {
            var ask = await db.Pairings.Include(p => p.Cycle).ThenInclude(c => c!.Program).Include(p => p.Mentor)
                .SingleOrDefaultAsync(p => p.Id == askId && p.MenteeStaffId == staffId && p.AnswerDue != null, cancellationToken);
            if (ask is null)
            {
                return new AskResult(false, null);
            }
            if (ask.Status != PairingStatus.Proposed)
            {
                return new AskResult(true, AskStanding.ForMentee(ask.Status, ask.Mentor!.FullName), ask.MenteeRequestId);
            }
            var offer = await db.MentorVolunteers.SingleAsync(v => v.Id == ask.MentorVolunteerId, cancellationToken);
            try
            {
                ask.Cancel(ask.Cycle!.Program!.Today(clock), offer);
            }
            catch (DomainRuleException refused)
            {
                return new AskResult(true, refused.Message, ask.MenteeRequestId);
            }
            await notices.EndedAsync(ask, AskEnding.TakenBack, cancellationToken);
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), userId, MatchAudit.TakenBack, MatchAudit.Subject(ask.MenteeRequestId), $"pairing {ask.Id}"));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new AskResult(true, null, ask.MenteeRequestId);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new AskResult(true, "The mentor answered at the same moment. Look at your request again.", ask.MenteeRequestId);
            }
        }

        private async Task<(Result Page, int ProgramId)?> LoadWithProgramAsync(int staffId, int requestId, CancellationToken cancellationToken)
        {
            var request = await db.MenteeRequests.AsNoTracking()
                .Where(r => r.Id == requestId && r.StaffMemberId == staffId)
                .Select(r => new
                {
                    r.Cycle!.ProgramId, ProgramName = r.Cycle.Program!.Name, CycleName = r.Cycle.Name, r.Status, r.Cycle.Program.MenteeChoices,
                    r.Cycle.Program.MentorAnswerDays, r.Cycle.Program.TimeZoneId, r.Cycle.Program.MatchingMode,
                    Arranging = db.Pairings.Any(p => p.MenteeRequestId == r.Id && p.Status == PairingStatus.Proposed && p.AnswerDue == null),
                    Asks = db.Pairings.Where(p => p.MenteeRequestId == r.Id && p.AnswerDue != null).OrderByDescending(p => p.AnswerDue).ThenByDescending(p => p.Id)
                        .Select(p => new PastAsk(p.Id, p.Mentor!.FullName, p.Status, p.AnswerDue!.Value)).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            // Someone else's request, or one in a program where the coordinator matches and the mentee never asked anyone
            // (asks made before a coordinator changed the program's mode stay visible, to follow and to take back).
            var menteeChooses = request?.MatchingMode == MatchingMode.MenteeChooses;
            if (request is null || (!menteeChooses && request.Asks.Count == 0))
            {
                return null;
            }
            var waiting = request.Asks.FirstOrDefault(a => a.Status == PairingStatus.Proposed);
            IReadOnlyList<Choice> choices = [];
            if (menteeChooses && request.Status == RequestStatus.Submitted && waiting is null && !request.Arranging)
            {
                choices = await ChoicesAsync(request.ProgramId, requestId, request.MenteeChoices, cancellationToken);
            }
            var page = new Result(requestId, request.ProgramName, request.CycleName, request.Status, request.MentorAnswerDays, request.TimeZoneId,
                waiting, [.. request.Asks.Where(a => a.Status != PairingStatus.Proposed)], choices)
            {
                MenteeChooses = menteeChooses,
                CoordinatorArranging = request.Arranging,
                WaitingOverdue = waiting?.AnswerDue <= clock.GetUtcNow(),
            };
            return (page, request.ProgramId);
        }

        /// <summary>The best eligible mentors, with only the reasons both may read; job titles for just those few.</summary>
        private async Task<IReadOnlyList<Choice>> ChoicesAsync(int programId, int requestId, int count, CancellationToken cancellationToken)
        {
            if (await pool.LoadAsync(programId, requestId, onlyVolunteerId: null, cancellationToken) is not { } loaded)
            {
                return [];
            }
            var (best, _) = loaded.Scorer.Rank(loaded.Request.Mentee, loaded.Mentors, loaded.Rules, count);
            var staffIds = best.Select(b => b.Mentor.StaffId).ToList();
            var titles = await db.StaffMembers.AsNoTracking().Where(s => staffIds.Contains(s.Id)).Select(s => new { s.Id, s.JobTitle })
                .ToDictionaryAsync(s => s.Id, s => s.JobTitle, cancellationToken);
            return [.. best.Select(b => new Choice(b.Mentor.VolunteerId, b.Mentor.Name, titles.GetValueOrDefault(b.Mentor.StaffId), b.Mentor.DepartmentName,
                MatchReasonLines.ForThePair(b.Reasons)))];
        }
    }
}
