using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Matching;

/// <summary>
/// The coordinator confirms a proposed match: the pairing becomes active, the request is marked matched and both
/// members are introduced, all in one SaveChanges (one transaction). A second click, or a replayed form, finds the
/// pairing already confirmed and changes nothing.
/// </summary>
public static class ConfirmMatch
{
    public sealed class Command
    {
        /// <summary>Optional; goes into both introductions.</summary>
        public string? Note { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Note).MaximumLength(Pairing.IntroductionNoteLength).WithMessage($"Keep the note to {Pairing.IntroductionNoteLength:N0} characters or fewer.");
    }

    public sealed record Result(bool Found, string? Refusal);

    public sealed class Handler(AppDbContext db, MatchNotices notices, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(int programId, int matchId, Command command, string? coordinatorUserId, CancellationToken cancellationToken)
        {
            var pairing = await db.Pairings.SingleOrDefaultAsync(p => p.Id == matchId && p.Cycle!.ProgramId == programId, cancellationToken);
            if (pairing is null)
            {
                return new Result(false, null);
            }
            var request = await db.MenteeRequests.SingleAsync(r => r.Id == pairing.MenteeRequestId, cancellationToken);
            var offer = await db.MentorVolunteers.AsNoTracking().SingleAsync(v => v.Id == pairing.MentorVolunteerId, cancellationToken);
            if (pairing.Status == PairingStatus.Proposed && !offer.IsAvailableForMatching)
            {
                // Paused (or no longer approved) since the proposal: nobody has been told yet, so the coordinator decides.
                return new Result(true, "The mentor is not approved for matching now (paused since this was proposed). Approve them again, or cancel this proposal.");
            }
            try
            {
                pairing.Start(command.Note);
                request.MarkMatched();
            }
            catch (DomainRuleException refused)
            {
                return new Result(true, refused.Message);
            }
            await notices.IntroduceAsync(pairing, cancellationToken);
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), coordinatorUserId, MatchAudit.Confirmed, MatchAudit.Subject(request.Id), $"pairing {pairing.Id}"));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new Result(true, null);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new Result(true, "Someone else changed this match or its request at the same moment. Look at it again.");
            }
        }
    }
}
