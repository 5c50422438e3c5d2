using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>The coordinator declines a member's request to end their pairing: it goes on, the member who asked is
/// mailed with the coordinator's optional word, and the flag leaves the board.</summary>
public static class KeepPairingGoing
{
    public sealed class Command
    {
        /// <summary>Optional; mailed to the member who asked.</summary>
        public string? Word { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Word).MaximumLength(PairingEndRequest.CoordinatorWordLength)
                .WithMessage($"Keep your word to the member to {PairingEndRequest.CoordinatorWordLength:N0} characters or fewer.");
        }
    }

    public sealed record Result(bool Found, string? Refusal);

    public sealed class Handler(AppDbContext db, TimeProvider clock, EndingNotices notices)
    {
        public async Task<Result> HandleAsync(int programId, int cycleId, int pairingId, Command command, string? userId, CancellationToken cancellationToken)
        {
            var pairing = await db.Pairings.Include(p => p.Cycle).ThenInclude(c => c!.Program).Where(PairingDetails.ThePairs)
                .SingleOrDefaultAsync(p => p.Id == pairingId && p.CycleId == cycleId && p.Cycle!.ProgramId == programId, cancellationToken);
            if (pairing is null)
            {
                return new Result(false, null);
            }
            if (await db.PairingEndRequests.SingleOrDefaultAsync(r => r.PairingId == pairing.Id, cancellationToken) is not { } request)
            {
                return new Result(true, "Nobody has asked to end this pairing, so there is nothing to decide.");
            }
            try
            {
                request.KeepGoing(command.Word, clock.GetUtcNow());
            }
            catch (DomainRuleException refused)
            {
                return new Result(true, refused.Message);
            }
            await notices.KeptGoingAsync(pairing, request, cancellationToken);
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), userId, PairingAudit.KeptGoing, PairingAudit.Subject(pairing.Id), $"request to end declined ({request.Reason})"));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new Result(true, "The member took their request back at the same moment. Look at the pairing again.");
            }
            return new Result(true, null);
        }
    }
}
