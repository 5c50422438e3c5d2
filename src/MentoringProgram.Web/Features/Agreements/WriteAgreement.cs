using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Pairings;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Agreements;

/// <summary>
/// Either member writes or changes the pair's agreement (goals, how often and how they meet, until when, what stays
/// between them, whether they meet outside work hours). Saving confirms it for the writer; the other member is mailed
/// to read and confirm it, in the same transaction. The form carries the version it was opened on, so a member never
/// overwrites, or confirms, a change they have not read.
/// </summary>
public static class WriteAgreement
{
    /// <summary>What the pair agrees unless they change it: the confidentiality the seed programs ask of every pair.</summary>
    public const string DefaultConfidentiality =
        "What we talk about stays between the two of us. We may share what we learn in general terms, but not each other's words. "
        + "Questions beyond a mentor's expertise (HR, health, legal) go to the right office.";

    public sealed class Command
    {
        public string? Goals { get; set; }
        public string? MeetingPlan { get; set; }
        public DateOnly? PlannedUntil { get; set; }
        public string? Confidentiality { get; set; }
        public bool OutsideWorkHours { get; set; }

        /// <summary>The version the member opened (0 before any); a later one means the other member changed it meanwhile.</summary>
        public int Version { get; set; }
    }

    /// <summary>The pairing's term, which bounds the planned last day; the controller hands it to the validator.</summary>
    public sealed record Term(DateOnly Starts, DateOnly Ends);

    public static ValidationContext<Command> ContextFor(Command command, Term term)
    {
        var context = new ValidationContext<Command>(command);
        context.RootContextData[nameof(Term)] = term;
        return context;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Goals).NotEmpty().WithMessage("Write down at least one goal for the pairing.")
                .MaximumLength(PairingAgreement.GoalsLength).WithMessage($"Keep the goals to {PairingAgreement.GoalsLength:N0} characters or fewer.");
            RuleFor(c => c.MeetingPlan).MaximumLength(PairingAgreement.MeetingPlanLength)
                .WithMessage($"Keep this to {PairingAgreement.MeetingPlanLength:N0} characters or fewer.");
            RuleFor(c => c.Confidentiality).MaximumLength(PairingAgreement.ConfidentialityLength)
                .WithMessage($"Keep this to {PairingAgreement.ConfidentialityLength:N0} characters or fewer.");
            RuleFor(c => c.PlannedUntil).Custom((day, context) =>
            {
                if (context.RootContextData.TryGetValue(nameof(Term), out var found) && found is Term term
                    && PairingAgreement.PlannedUntilProblem(day, term.Starts, term.Ends) is { } problem)
                {
                    context.AddFailure(problem);
                }
            });
            RuleFor(c => c.Version).GreaterThanOrEqualTo(0).WithMessage("Open the agreement again from your pairing page.");
        }
    }

    public sealed record SaveResult(bool Found, string? Refusal);

    public sealed class Handler(AppDbContext db, AgreementNotices notices, TimeProvider clock)
    {
        /// <summary>The agreement as the member reads it, or null when the pairing is not theirs.</summary>
        public async Task<AgreementView?> LoadAsync(int staffId, int pairingId, CancellationToken cancellationToken)
        {
            var row = await db.Pairings.AsNoTracking()
                .Where(p => p.Id == pairingId && (p.MenteeStaffId == staffId || p.MentorStaffId == staffId))
                .Where(PairingDetails.ThePairs)
                .Select(p => new
                {
                    p.Id, p.MenteeStaffId, p.Status, p.StartsOn, p.EndsOn, Mentee = p.Mentee!.FullName, Mentor = p.Mentor!.FullName,
                    Agreement = db.PairingAgreements.FirstOrDefault(a => a.PairingId == p.Id),
                })
                .SingleOrDefaultAsync(cancellationToken);
            return row is null ? null
                : AgreementView.Of(staffId, row.Id, row.MenteeStaffId, row.Mentee, row.Mentor, row.Status, row.StartsOn, row.EndsOn, row.Agreement);
        }

        /// <summary>Call after validation.</summary>
        public async Task<SaveResult> SaveAsync(int staffId, string? userId, int pairingId, Command command, CancellationToken cancellationToken)
        {
            if (await FindPairingAsync(db, staffId, pairingId, cancellationToken) is not { } pairing)
            {
                return new SaveResult(false, null);
            }
            var agreement = await db.PairingAgreements.SingleOrDefaultAsync(a => a.PairingId == pairingId, cancellationToken);
            if ((agreement?.Version ?? 0) != command.Version)
            {
                return new SaveResult(true, ChangedMeanwhile(pairing, staffId));
            }
            if (agreement is null)
            {
                agreement = new PairingAgreement(pairingId);
                db.PairingAgreements.Add(agreement);
            }
            var now = clock.GetUtcNow();
            try
            {
                agreement.Edit(command.Goals ?? "", command.MeetingPlan, command.PlannedUntil, command.Confidentiality, command.OutsideWorkHours, pairing, staffId, now);
            }
            catch (DomainRuleException refused)
            {
                return new SaveResult(true, refused.Message);
            }
            await notices.WrittenAsync(pairing, agreement, staffId, cancellationToken);
            db.AuditEntries.Add(new AuditEntry(now, userId, AgreementAudit.Written, AgreementAudit.Subject(pairingId), $"version {agreement.Version}"));
            return await SaveAsync(db, pairing, staffId, cancellationToken);
        }

        internal static Task<Pairing?> FindPairingAsync(AppDbContext db, int staffId, int pairingId, CancellationToken cancellationToken) =>
            db.Pairings.Include(p => p.Mentee).Include(p => p.Mentor).Include(p => p.Cycle).ThenInclude(c => c!.Program).Where(PairingDetails.ThePairs)
                .SingleOrDefaultAsync(p => p.Id == pairingId && (p.MenteeStaffId == staffId || p.MentorStaffId == staffId), cancellationToken);

        internal static string ChangedMeanwhile(Pairing pairing, int staffId) =>
            $"{(pairing.MenteeStaffId == staffId ? pairing.Mentor!.FullName : pairing.Mentee!.FullName)} changed the agreement while you had it open. "
            + "Read their version on your pairing page, then change it again if you need to.";

        /// <summary>Two saves of the same agreement at once (the two members, or one member's double click): the second
        /// collides on the concurrency stamp, or on the one-agreement-per-pairing key, and is told to read it again.</summary>
        internal static async Task<SaveResult> SaveAsync(AppDbContext db, Pairing pairing, int staffId, CancellationToken cancellationToken)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new SaveResult(true, null);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return new SaveResult(true, ChangedMeanwhile(pairing, staffId));
            }
        }
    }
}
