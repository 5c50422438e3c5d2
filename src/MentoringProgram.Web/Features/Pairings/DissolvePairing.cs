using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Matching;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>
/// The coordinator dissolves an active pairing, answering a member's request or on their own initiative, with a reason
/// for the record. In one SaveChanges: the pairing ends and frees the mentor's place, the mentee's request waits again
/// for a new mentor ahead of first-time requests, an open end request is granted, both members are mailed and the
/// audit log says who did it. The matching rules keep the two from being suggested to each other again.
/// </summary>
public static class DissolvePairing
{
    public sealed class Command
    {
        /// <summary>For the record (the audit log and this page); not mailed to the members.</summary>
        public string? Reason { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the pairing is ending.")
                .MaximumLength(Pairing.EndReasonLength).WithMessage($"Keep the reason to {Pairing.EndReasonLength:N0} characters or fewer.");
        }
    }

    public sealed record Result(bool Found, string? Refusal);

    public sealed class Handler(AppDbContext db, TimeProvider clock, EndingNotices notices)
    {
        /// <summary>Call after validation has required a reason.</summary>
        public async Task<Result> HandleAsync(int programId, int cycleId, int pairingId, Command command, string? userId, CancellationToken cancellationToken)
        {
            var pairing = await db.Pairings.Include(p => p.Cycle).ThenInclude(c => c!.Program).Where(PairingDetails.ThePairs)
                .SingleOrDefaultAsync(p => p.Id == pairingId && p.CycleId == cycleId && p.Cycle!.ProgramId == programId, cancellationToken);
            if (pairing is null)
            {
                return new Result(false, null);
            }
            var offer = await db.MentorVolunteers.SingleAsync(v => v.Id == pairing.MentorVolunteerId, cancellationToken);
            var request = await db.MenteeRequests.SingleAsync(r => r.Id == pairing.MenteeRequestId, cancellationToken);
            var endRequest = await db.PairingEndRequests.SingleOrDefaultAsync(r => r.PairingId == pairing.Id && r.Status == EndRequestStatus.Open, cancellationToken);
            var scheduled = await db.Meetings.Where(m => m.PairingId == pairing.Id && m.Status == MeetingStatus.Scheduled).ToListAsync(cancellationToken);
            var now = clock.GetUtcNow();
            try
            {
                pairing.Dissolve(command.Reason!, pairing.Cycle!.Program!.Today(clock), offer, scheduled, now);
                request.ReturnForRematch(now);
                endRequest?.Grant(now);
            }
            catch (DomainRuleException refused)
            {
                return new Result(true, refused.Message);
            }
            await notices.DissolvedAsync(pairing, cancellationToken);
            db.AuditEntries.Add(new AuditEntry(now, userId, PairingAudit.Dissolved, PairingAudit.Subject(pairing.Id),
                endRequest is null ? "on the coordinator's initiative" : $"on a member's request ({endRequest.Reason})"));
            db.AuditEntries.Add(new AuditEntry(now, userId, PairingAudit.ReturnedForRematch, MatchAudit.Subject(request.Id), $"pairing {pairing.Id} dissolved"));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new Result(true, "This pairing changed at the same moment (a member took their request back, or another coordinator acted). Look at it again.");
            }
            return new Result(true, null);
        }
    }
}
