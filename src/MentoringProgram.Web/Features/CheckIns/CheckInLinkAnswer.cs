using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.CheckIns;

/// <summary>What a check-in link's claim carries in its answer: the period and the reply (period × 10 + reply).</summary>
public static class CheckInLinkAnswer
{
    public static int Of(int period, CheckInReply reply) => (period * 10) + (int)reply;

    public static (int Period, CheckInReply Reply)? Read(int answer) =>
        answer / 10 is var period and >= 1 && (CheckInReply)(answer % 10) is var reply && Enum.IsDefined(reply) ? (period, reply) : null;
}
