using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Continuation;

/// <summary>The continuation question as the pairing page asks it of one member: open or not
/// (<see cref="ContinuationQuestion"/>), and this member's own answer so far. The other member's answer is theirs to
/// tell; the coordinator sees both.</summary>
public sealed record ContinuationQuestionView(int PairingId, bool Open, ContinuationChoice? MyAnswer, string OtherName, DateOnly EndsOn, bool Renewable, string NextTerm)
{
    public static ContinuationQuestionView Of(int pairingId, PairingStatus status, DateOnly endsOn, DateOnly today, ContinuationChoice? myAnswer, string otherName,
        bool renewable, TermLength nextTerm) =>
        new(pairingId, ContinuationQuestion.IsOpen(status, endsOn, today), myAnswer, otherName, endsOn, renewable, nextTerm.ToString());
}
