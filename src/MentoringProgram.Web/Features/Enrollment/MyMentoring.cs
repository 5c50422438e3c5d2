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
    }

    public sealed record OfferRow(int Id, int ProgramId, string ProgramName, string CycleName, VolunteerStatus Status, int Capacity, bool TrainingCompleted, IReadOnlyList<string> Topics,
        int PlacesTaken)
    {
        public bool CanWithdraw => MentorVolunteer.CanWithdrawFrom(Status, PlacesTaken);
    }

    public sealed record Result(IReadOnlyList<RequestRow> Requests, IReadOnlyList<OfferRow> Offers);

    public sealed class Handler(AppDbContext db, TimeProvider clock, EnrollmentNotices notices)
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
                            r.Cycle.EnrollmentDeadline, r.Status, r.SubmittedAt,
                            Topics = db.Set<MenteeRequestTopic>().Where(x => x.MenteeRequestId == r.Id)
                                .Join(db.Topics, x => x.TopicId, t => t.Id, (x, t) => new { Owner = x.MenteeRequestId, t.Name })
                                .GroupBy(x => x.Owner).Select(g => string.Join(TopicList.NameSeparator, g.Select(x => x.Name))).FirstOrDefault(),
                        }).ToList(),
                    Offers = db.MentorVolunteers.Where(v => v.StaffMemberId == s.Id).OrderByDescending(v => v.SubmittedAt).ThenBy(v => v.Id)
                        .Select(v => new
                        {
                            v.Id, v.Cycle!.ProgramId, ProgramName = v.Cycle.Program!.Name, CycleName = v.Cycle.Name, v.Status, v.Capacity, v.TrainingCompleted, v.PlacesTaken,
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
                }).ToList(),
                mine.Offers.Select(v => new OfferRow(v.Id, v.ProgramId, v.ProgramName, v.CycleName, v.Status, v.Capacity, v.TrainingCompleted, TopicList.Names(v.Topics), v.PlacesTaken)).ToList());
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
