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

    public sealed record OfferRow(int Id, int ProgramId, string ProgramName, string CycleName, VolunteerStatus Status, int Capacity, bool TrainingCompleted, IReadOnlyList<string> Topics)
    {
        public bool CanWithdraw => MentorVolunteer.CanWithdrawFrom(Status);
    }

    public sealed record Result(IReadOnlyList<RequestRow> Requests, IReadOnlyList<OfferRow> Offers);

    public sealed class Handler(AppDbContext db, TimeProvider clock, EnrollmentNotices notices)
    {
        public async Task<Result> HandleAsync(StaffMember staff, CancellationToken cancellationToken)
        {
            var requests = await db.MenteeRequests.AsNoTracking().Where(r => r.StaffMemberId == staff.Id)
                .OrderByDescending(r => r.SubmittedAt)
                .Select(r => new
                {
                    r.Id, r.Cycle!.ProgramId, ProgramName = r.Cycle.Program!.Name, r.Cycle.Program.TimeZoneId, CycleName = r.Cycle.Name, r.Cycle.EnrollmentOpens, r.Cycle.EnrollmentDeadline,
                    r.Status, r.SubmittedAt, Topics = r.Topics.Select(t => t.Topic!.Name).ToList(),
                })
                .ToListAsync(cancellationToken);
            var offers = await db.MentorVolunteers.AsNoTracking().Where(v => v.StaffMemberId == staff.Id)
                .OrderByDescending(v => v.SubmittedAt)
                .Select(v => new OfferRow(v.Id, v.Cycle!.ProgramId, v.Cycle.Program!.Name, v.Cycle.Name, v.Status, v.Capacity, v.TrainingCompleted,
                    v.Topics.Select(t => t.Topic!.Name).ToList()))
                .ToListAsync(cancellationToken);
            return new Result(
                requests.Select(r => new RequestRow(r.Id, r.ProgramId, r.ProgramName, r.CycleName, r.EnrollmentDeadline, r.Status, r.SubmittedAt, r.Topics,
                    new EnrollmentWindow(r.EnrollmentOpens, r.EnrollmentDeadline).IsOpenOn(clock.TodayIn(TimeZones.FindOrUtc(r.TimeZoneId))))
                {
                    TimeZoneId = r.TimeZoneId,
                }).ToList(),
                offers);
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
