using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>
/// Either member of an active pairing asks the coordinator to end it, with a reason from seed 002's list and optional
/// words for the coordinator. The request, the coordinators' notice and the audit entry are saved together; the other
/// member is not told (docs/adr/0015-ending-a-pairing-early.md).
/// </summary>
public static class AskToEnd
{
    public sealed class Command
    {
        public EndRequestReason? Reason { get; set; }

        /// <summary>Optional; read by the coordinator, never shown to the other member.</summary>
        public string? Message { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).NotNull().WithMessage("Choose the reason closest to yours.")
                .Must(r => r is null || r.Value.IsDefined()).WithMessage("Choose a reason from the list.");
            RuleFor(c => c.Message).MaximumLength(PairingEndRequest.MessageLength)
                .WithMessage($"Keep your words to the coordinator to {PairingEndRequest.MessageLength:N0} characters or fewer.");
        }
    }

    /// <summary>The form page: whom the pairing is with, and whether a request is already with the coordinator.</summary>
    public sealed record Form(int PairingId, string OtherName, string ProgramName, bool IAmMentee, bool Active, bool AlreadyAsked);

    public sealed record Page(Form Pairing, Command Command);

    public sealed record Result(bool Found, string? Refusal);

    public sealed class Handler(AppDbContext db, TimeProvider clock, EndingNotices notices)
    {
        public async Task<Form?> LoadAsync(int staffId, int pairingId, CancellationToken cancellationToken) =>
            await db.Pairings.AsNoTracking().Where(p => p.Id == pairingId && (p.MenteeStaffId == staffId || p.MentorStaffId == staffId)).Where(PairingDetails.ThePairs)
                .Select(p => new Form(p.Id, p.MenteeStaffId == staffId ? p.Mentor!.FullName : p.Mentee!.FullName, p.Cycle!.Program!.Name, p.MenteeStaffId == staffId,
                    p.Status == PairingStatus.Active,
                    db.PairingEndRequests.Any(r => r.PairingId == p.Id && r.Status == EndRequestStatus.Open)))
                .SingleOrDefaultAsync(cancellationToken);

        /// <summary>Call after validation has required a listed reason.</summary>
        public async Task<Result> HandleAsync(int staffId, string? userId, int pairingId, Command command, CancellationToken cancellationToken)
        {
            if (await MemberPairing.FindAsync(db, staffId, pairingId, cancellationToken) is not { } pairing)
            {
                return new Result(false, null);
            }
            var request = await db.PairingEndRequests.SingleOrDefaultAsync(r => r.PairingId == pairing.Id, cancellationToken);
            if (request is null)
            {
                request = new PairingEndRequest(pairing.Id);
                db.PairingEndRequests.Add(request);
            }
            try
            {
                request.Ask(pairing, staffId, command.Reason!.Value, command.Message, clock.GetUtcNow());
            }
            catch (DomainRuleException refused)
            {
                return new Result(true, refused.Message);
            }
            await notices.EndRequestedAsync(pairing, request, cancellationToken);
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), userId, PairingAudit.EndRequested, PairingAudit.Subject(pairing.Id), $"reason: {request.Reason}"));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The other member asked at the same moment (the unique row) or the row changed under us (its stamp).
                return new Result(true, "A request to end this pairing reached the coordinator at the same moment. Look at the pairing page again.");
            }
            return new Result(true, null);
        }
    }
}
