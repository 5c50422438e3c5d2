using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>The signed-in person's requests and offers, and withdrawing them. Every id a request carries is
/// checked against the signed-in person: someone else's id is "not found", exactly like a missing one.</summary>
public static class MyMentoring
{
    public sealed record RequestRow(int Id, int ProgramId, string ProgramName, string CycleName, DateOnly Deadline, RequestStatus Status, DateTimeOffset SubmittedAt, IReadOnlyList<string> Topics, bool EnrollmentOpen)
    {
        /// <summary>The program's zone, where the submission time is shown.</summary>
        public string TimeZoneId { get; init; } = TimeZones.Utc;

        /// <summary>In a mentee-choice program the mentee chooses and asks their mentor.</summary>
        public bool MenteeChooses { get; init; }

        /// <summary>The mentee's ask still waiting for the mentor's answer, if any.</summary>
        public WaitingAsk? Waiting { get; init; }

        /// <summary>The pairing this request led to, once it is the pair's (confirmed, or ended after it began).</summary>
        public PairingLink? Pairing { get; init; }

        /// <summary>Waiting for a new mentor after the coordinator dissolved the pairing.</summary>
        public bool Rematch { get; init; }
    }

    /// <summary>A pairing the person is in, linking to its page.</summary>
    public sealed record PairingLink(int Id, string OtherName, PairingStatus Status)
    {
        public DateOnly EndsOn { get; init; }

        /// <summary>The person has answered this term's continuation question.</summary>
        public bool AnsweredContinuation { get; init; }

        /// <summary>The continuation question is open and waits for the person's answer on the pairing page.</summary>
        public bool ContinuationDue { get; init; }

        public PairingLink AsOf(DateOnly today) => this with { ContinuationDue = !AnsweredContinuation && ContinuationQuestion.IsOpen(Status, EndsOn, today) };
    }

    /// <summary>An ask waiting for its answer: to the mentee, who they asked; to the mentor, who asked them.</summary>
    public sealed record WaitingAsk(int Id, string OtherName, DateTimeOffset AnswerDue);

    public sealed record OfferRow(int Id, int ProgramId, string ProgramName, string CycleName, VolunteerStatus Status, int Capacity, bool TrainingCompleted, IReadOnlyList<string> Topics,
        int PlacesTaken)
    {
        public bool CanWithdraw => MentorVolunteer.CanWithdrawFrom(Status, PlacesTaken);

        /// <summary>Mentees' asks waiting for this mentor's answer, and the program's zone to show their due times in.</summary>
        public IReadOnlyList<WaitingAsk> Asks { get; init; } = [];

        public string TimeZoneId { get; init; } = TimeZones.Utc;

        /// <summary>The mentees this offer was paired with, once each pairing is the pair's.</summary>
        public IReadOnlyList<PairingLink> Pairings { get; init; } = [];
    }

    public sealed record Result(IReadOnlyList<RequestRow> Requests, IReadOnlyList<OfferRow> Offers);

    public sealed class Handler(AppDbContext db, TimeProvider clock, EnrollmentNotices notices, MenteeChoice.MenteeChoiceNotices askNotices)
    {
        /// <summary>The person's requests and offers in one statement, anchored on their staff record; null without one.</summary>
        public async Task<Result?> HandleAsync(string userId, CancellationToken cancellationToken)
        {
            var mine = await db.StaffMembers.AsNoTracking().Where(s => s.UserId == userId)
                .Select(s => new
                {
                    s.Id,
                    Requests = db.MenteeRequests.Where(r => r.StaffMemberId == s.Id).OrderByDescending(r => r.SubmittedAt).ThenBy(r => r.Id)
                        .Select(r => new
                        {
                            r.Id, r.Cycle!.ProgramId, ProgramName = r.Cycle.Program!.Name, r.Cycle.Program.TimeZoneId, CycleName = r.Cycle.Name, r.Cycle.EnrollmentOpens,
                            r.Cycle.EnrollmentDeadline, r.Status, r.SubmittedAt, r.Cycle.Program.MatchingMode, Rematch = r.RematchSince != null,
                            // A list of at most one (one live pairing per request): SQLite cannot APPLY a first row of several columns.
                            Waiting = db.Pairings.Where(Pairing.WaitingAsk).Where(p => p.MenteeRequestId == r.Id)
                                .Select(p => new WaitingAsk(p.Id, p.Mentor!.FullName, p.AnswerDue!.Value)).ToList(),
                            // The latest pairing that is the pair's: a request dissolved and matched again shows the new one.
                            Pairings = db.Pairings.Where(p => p.MenteeRequestId == r.Id
                                    && (p.Status == PairingStatus.Active || p.Status == PairingStatus.Completed || p.Status == PairingStatus.Dissolved))
                                .OrderByDescending(p => p.Id).Select(p => new PairingLink(p.Id, p.Mentor!.FullName, p.Status) { EndsOn = p.EndsOn, AnsweredContinuation = p.MenteeContinuation != null }).ToList(),
                            Topics = db.Set<MenteeRequestTopic>().Where(x => x.MenteeRequestId == r.Id)
                                .Join(db.Topics, x => x.TopicId, t => t.Id, (x, t) => new { Owner = x.MenteeRequestId, t.Name })
                                .GroupBy(x => x.Owner).Select(g => string.Join(TopicList.NameSeparator, g.Select(x => x.Name))).FirstOrDefault(),
                        }).ToList(),
                    Offers = db.MentorVolunteers.Where(v => v.StaffMemberId == s.Id).OrderByDescending(v => v.SubmittedAt).ThenBy(v => v.Id)
                        .Select(v => new
                        {
                            v.Id, v.Cycle!.ProgramId, ProgramName = v.Cycle.Program!.Name, CycleName = v.Cycle.Name, v.Status, v.Capacity, v.TrainingCompleted, v.PlacesTaken,
                            v.Cycle.Program.TimeZoneId,
                            Asks = db.Pairings.Where(Pairing.WaitingAsk).Where(p => p.MentorVolunteerId == v.Id)
                                .OrderBy(p => p.AnswerDue).Select(p => new WaitingAsk(p.Id, p.Mentee!.FullName, p.AnswerDue!.Value)).ToList(),
                            Pairings = db.Pairings.Where(p => p.MentorVolunteerId == v.Id
                                    && (p.Status == PairingStatus.Active || p.Status == PairingStatus.Completed || p.Status == PairingStatus.Dissolved))
                                .OrderBy(p => p.Status).ThenBy(p => p.Id).Select(p => new PairingLink(p.Id, p.Mentee!.FullName, p.Status) { EndsOn = p.EndsOn, AnsweredContinuation = p.MentorContinuation != null }).ToList(),
                            Topics = db.Set<MentorVolunteerTopic>().Where(x => x.MentorVolunteerId == v.Id)
                                .Join(db.Topics, x => x.TopicId, t => t.Id, (x, t) => new { Owner = x.MentorVolunteerId, t.Name })
                                .GroupBy(x => x.Owner).Select(g => string.Join(TopicList.NameSeparator, g.Select(x => x.Name))).FirstOrDefault(),
                        }).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (mine is null)
            {
                return null;
            }
            return new Result(
                mine.Requests.Select(r => new RequestRow(r.Id, r.ProgramId, r.ProgramName, r.CycleName, r.EnrollmentDeadline, r.Status, r.SubmittedAt, TopicList.Names(r.Topics),
                    new EnrollmentWindow(r.EnrollmentOpens, r.EnrollmentDeadline).IsOpenOn(clock.TodayIn(TimeZones.FindOrUtc(r.TimeZoneId))))
                {
                    TimeZoneId = r.TimeZoneId,
                    MenteeChooses = r.MatchingMode == MatchingMode.MenteeChooses,
                    Waiting = r.Waiting.FirstOrDefault(),
                    Pairing = r.Pairings.FirstOrDefault()?.AsOf(clock.TodayIn(TimeZones.FindOrUtc(r.TimeZoneId))),
                    Rematch = r.Rematch && r.Status == RequestStatus.Submitted,
                }).ToList(),
                mine.Offers.Select(v => new OfferRow(v.Id, v.ProgramId, v.ProgramName, v.CycleName, v.Status, v.Capacity, v.TrainingCompleted, TopicList.Names(v.Topics), v.PlacesTaken)
                {
                    Asks = v.Asks,
                    Pairings = [.. v.Pairings.Select(p => p.AsOf(clock.TodayIn(TimeZones.FindOrUtc(v.TimeZoneId))))],
                    TimeZoneId = v.TimeZoneId,
                }).ToList());
        }

        public async Task<bool> WithdrawRequestAsync(StaffMember staff, int requestId, CancellationToken cancellationToken)
        {
            var request = await db.MenteeRequests.Include(r => r.Cycle).ThenInclude(c => c!.Program)
                .SingleOrDefaultAsync(r => r.Id == requestId && r.StaffMemberId == staff.Id, cancellationToken);
            if (request is null || !request.CanWithdraw)
            {
                return false;
            }
            request.Withdraw(clock.GetUtcNow());
            // A match proposed or asked for, not yet begun, ends with the request: its mentor's place is freed.
            if (await db.Pairings.SingleOrDefaultAsync(p => p.MenteeRequestId == request.Id && p.Status == PairingStatus.Proposed, cancellationToken) is { } proposal)
            {
                var offer = await db.MentorVolunteers.SingleAsync(v => v.Id == proposal.MentorVolunteerId, cancellationToken);
                proposal.Cancel(request.Cycle!.Program!.Today(clock), offer);
                if (proposal.IsMenteesAsk)
                {
                    await askNotices.EndedAsync(proposal, MenteeChoice.AskEnding.TakenBack, cancellationToken);
                }
            }
            await notices.RequestWithdrawnAsync(staff, request.Cycle!.Program!, request, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }

        public async Task<bool> WithdrawOfferAsync(StaffMember staff, int offerId, CancellationToken cancellationToken)
        {
            var offer = await db.MentorVolunteers.Include(v => v.Cycle).ThenInclude(c => c!.Program)
                .SingleOrDefaultAsync(v => v.Id == offerId && v.StaffMemberId == staff.Id, cancellationToken);
            if (offer is null || !offer.CanWithdraw)
            {
                return false;
            }
            offer.Withdraw();
            await notices.VolunteerWithdrawnAsync(staff, offer.Cycle!.Program!, offer, clock.GetUtcNow(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }
}
