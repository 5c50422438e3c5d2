using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Pairings;

namespace MentoringProgram.Web.Features.Continuation;

/// <summary>
/// A signed-in member answers the continuation question on their pairing page, while it is open: the same answer as
/// the signed link in the notice, recorded by the same rule (<see cref="AnswerContinuation.Record"/>), so the pairing,
/// the audit log and the coordinator's board cannot tell them apart. Only the pairing's two members reach it (anyone
/// else finds "not found"); giving the same answer again changes nothing, and a member may change their mind until
/// the term ends.
/// </summary>
public static class AnswerContinuationInApp
{
    public const string ChooseOne = "Choose to continue for another term or to end as planned.";

    public sealed record Command
    {
        public ContinuationChoice? Choice { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Choice).NotNull().WithMessage(ChooseOne).IsInEnum().WithMessage(ChooseOne);
    }

    public sealed record Result(bool Found, string? Refusal);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public Task<Result> HandleAsync(int staffId, string? userId, int pairingId, ContinuationChoice choice, CancellationToken cancellationToken) =>
            AnswerContinuation.OnceMoreIfBothAnsweredAtOnceAsync(db, async () =>
            {
                if (await MemberPairing.FindAsync(db, staffId, pairingId, cancellationToken) is not { } pairing)
                {
                    return new Result(false, null);
                }
                if (AnswerContinuation.Record(db, clock, pairing, staffId, userId, choice) is { } refusal)
                {
                    return new Result(true, refusal);
                }
                await db.SaveChangesAsync(cancellationToken);
                return new Result(true, null);
            });
    }
}
