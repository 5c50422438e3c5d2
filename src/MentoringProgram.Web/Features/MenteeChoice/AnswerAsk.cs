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

        /// <summary>Where the ask stands, in the mentor's words; null while it waits for them in time.</summary>
        public string? Standing => CanAnswer ? null
            : Status == PairingStatus.Proposed ? "The time to answer has passed: the ask lapses within minutes, and the mentee may ask someone else."
            : AskStanding.ForMentor(Status, MenteeName);
    }

    public sealed record AnswerResult(bool Found, string? Refusal);

    public sealed class Handler(AppDbContext db, MatchPool pool, MatchNotices introductions, MenteeChoiceNotices notices, TimeProvider clock)
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
            if (row is null)
            {
                return null;
            }
            // The goals are for the mentee's mentor: a mentor whose ask ended without a pairing no longer reads them.
            var theirs = row.Status is PairingStatus.Proposed or PairingStatus.Active;
            return new Result(row.Id, row.Program, row.Mentee, row.JobTitle, row.Department, theirs ? row.Goals ?? "" : "", theirs ? TopicList.Names(row.Topics) : [],
                theirs ? MatchReasonLines.Split(row.MatchReason) : [], row.Status, row.AnswerDue, row.TimeZoneId, row.AnswerDue <= clock.GetUtcNow());
        }

        public async Task<AnswerResult> AcceptAsync(int staffId, string? userId, int askId, CancellationToken cancellationToken)
        {
            if (await FindAsync(staffId, askId, cancellationToken) is not { } ask)
            {
                return new AnswerResult(false, null);
            }
            if (ask.Status != PairingStatus.Proposed)
            {
                return new AnswerResult(true, AskStanding.ForMentor(ask.Status, ask.Mentee!.FullName));
            }
            if (await StillAllowedAsync(ask, cancellationToken) is { } refusal)
            {
                return new AnswerResult(true, refusal);
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
            if (ask.Status != PairingStatus.Proposed)
            {
                return new AnswerResult(true, AskStanding.ForMentor(ask.Status, ask.Mentee!.FullName));
            }
            var offer = await db.MentorVolunteers.SingleAsync(v => v.Id == ask.MentorVolunteerId, cancellationToken);
            try
            {
                ask.Decline(clock.GetUtcNow(), ask.Cycle!.Program!.Today(clock), offer);
            }
            catch (DomainRuleException refused)
            {
                return new AnswerResult(true, refused.Message);
            }
            await notices.EndedAsync(ask, AskEnding.Declined, cancellationToken);
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), userId, MatchAudit.Declined, MatchAudit.Subject(ask.MenteeRequestId), $"pairing {ask.Id}"));
            return await SaveAsync(cancellationToken);
        }

        /// <summary>The rules that made the mentor suggestible, checked again: since the ask, the mentor may have been paused
        /// or the mentee may have changed the request (named the mentor among the people they would rather not be
        /// matched with, say). The mentor is told only what is theirs to know.</summary>
        private async Task<string?> StillAllowedAsync(Pairing ask, CancellationToken cancellationToken)
        {
            if (await pool.LoadAsync(ask.Cycle!.ProgramId, ask.MenteeRequestId, ask.MentorVolunteerId, cancellationToken) is not { Mentors: [var mentor] } loaded)
            {
                return "This ask can no longer be accepted.";
            }
            if (mentor.Status != VolunteerStatus.Approved)
            {
                return "Your offer to mentor is not approved for matching now (paused or withdrawn), so you cannot accept. Ask the coordinator.";
            }
            // The ask holds one of the mentor's places: the rules are asked as if it were free.
            return loaded.Rules.Excludes(loaded.Request.Mentee, mentor with { PlacesTaken = Math.Max(0, mentor.PlacesTaken - 1) }) is null
                ? null
                : "This ask can no longer be accepted: the mentee's request has changed since they asked. The coordinator can help.";
        }

        private Task<Pairing?> FindAsync(int staffId, int askId, CancellationToken cancellationToken) =>
            db.Pairings.Include(p => p.Cycle).ThenInclude(c => c!.Program).Include(p => p.Mentee)
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
