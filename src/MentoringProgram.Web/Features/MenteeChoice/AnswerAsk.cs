using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Domain.Matching;
using MentoringProgram.Web.Features.Enrollment;
using MentoringProgram.Web.Features.Matching;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.MenteeChoice;

/// <summary>
/// The mentor a mentee asked sees the ask and accepts or declines it before it is due. Accepting starts the pairing,
/// marks the request matched and introduces the pair, in one transaction, exactly as the coordinator's confirmation
/// does; declining frees the place and sends the mentee back to choose. Only the asked mentor reaches an ask.
/// </summary>
public static class AnswerAsk
{
    public sealed record Result(
        int AskId, string ProgramName, string MenteeName, string? MenteeJobTitle, string? MenteeDepartment, string Goals, IReadOnlyList<string> Topics,
        IReadOnlyList<string> Reasons, PairingStatus Status, DateTimeOffset AnswerDue, string TimeZoneId, bool Overdue)
    {
        public bool CanAnswer => Status == PairingStatus.Proposed && !Overdue;
    }

    public sealed record AnswerResult(bool Found, string? Refusal);

    public sealed class Handler(AppDbContext db, MatchNotices introductions, MenteeChoiceNotices notices, TimeProvider clock)
    {
        public async Task<Result?> LoadAsync(int staffId, int askId, CancellationToken cancellationToken)
        {
            var row = await db.Pairings.AsNoTracking().Where(p => p.Id == askId && p.MentorStaffId == staffId && p.AnswerDue != null)
                .Select(p => new
                {
                    p.Id, Program = p.Cycle!.Program!.Name, p.Cycle.Program.TimeZoneId, Mentee = p.Mentee!.FullName, p.Mentee.JobTitle,
                    Department = p.Mentee.Department != null ? p.Mentee.Department.Name : null, p.MatchReason, p.Status, AnswerDue = p.AnswerDue!.Value,
                    // Scalar subqueries (pairings have no navigation to the request): SQLite has no APPLY for a row of several.
                    Goals = db.MenteeRequests.Where(r => r.Id == p.MenteeRequestId).Select(r => r.Goals).FirstOrDefault(),
                    Topics = db.Set<MenteeRequestTopic>().Where(x => x.MenteeRequestId == p.MenteeRequestId)
                        .Join(db.Topics, x => x.TopicId, t => t.Id, (x, t) => new { Owner = x.MenteeRequestId, t.Name })
                        .GroupBy(x => x.Owner).Select(g => string.Join(TopicList.NameSeparator, g.Select(x => x.Name))).FirstOrDefault(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            return row is null ? null : new Result(row.Id, row.Program, row.Mentee, row.JobTitle, row.Department, row.Goals ?? "", TopicList.Names(row.Topics),
                MatchReasonLines.Split(row.MatchReason), row.Status, row.AnswerDue, row.TimeZoneId, row.AnswerDue <= clock.GetUtcNow());
        }

        public async Task<AnswerResult> AcceptAsync(int staffId, string? userId, int askId, CancellationToken cancellationToken)
        {
            if (await FindAsync(staffId, askId, cancellationToken) is not { } ask)
            {
                return new AnswerResult(false, null);
            }
            var request = await db.MenteeRequests.SingleAsync(r => r.Id == ask.MenteeRequestId, cancellationToken);
            try
            {
                ask.Accept(clock.GetUtcNow());
                request.MarkMatched();
            }
            catch (DomainRuleException refused)
            {
                return new AnswerResult(true, refused.Message);
            }
            await introductions.IntroduceAsync(ask, cancellationToken);
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), userId, MatchAudit.Accepted, MatchAudit.Subject(request.Id), $"pairing {ask.Id}"));
            return await SaveAsync(cancellationToken);
        }

        public async Task<AnswerResult> DeclineAsync(int staffId, string? userId, int askId, CancellationToken cancellationToken)
        {
            if (await FindAsync(staffId, askId, cancellationToken) is not { } ask)
            {
                return new AnswerResult(false, null);
            }
            var offer = await db.MentorVolunteers.SingleAsync(v => v.Id == ask.MentorVolunteerId, cancellationToken);
            try
            {
                ask.Decline(ask.Cycle!.Program!.Today(clock), offer);
            }
            catch (DomainRuleException refused)
            {
                return new AnswerResult(true, refused.Message);
            }
            await notices.EndedAsync(ask, cancellationToken);
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), userId, MatchAudit.Declined, MatchAudit.Subject(ask.MenteeRequestId), $"pairing {ask.Id}"));
            return await SaveAsync(cancellationToken);
        }

        private Task<Pairing?> FindAsync(int staffId, int askId, CancellationToken cancellationToken) =>
            db.Pairings.Include(p => p.Cycle).ThenInclude(c => c!.Program)
                .SingleOrDefaultAsync(p => p.Id == askId && p.MentorStaffId == staffId && p.AnswerDue != null, cancellationToken);

        private async Task<AnswerResult> SaveAsync(CancellationToken cancellationToken)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new AnswerResult(true, null);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new AnswerResult(true, "This ask changed at the same moment (taken back, or lapsed). Look at it again.");
            }
        }
    }
}
