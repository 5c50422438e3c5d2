using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.MenteeChoice;

/// <summary>Where an ask stands, in the words of each side: the pages and the refusals of a replayed click say the same.</summary>
public static class AskStanding
{
    public static string ForMentee(PairingStatus status, string mentorName) => status switch
    {
        PairingStatus.Proposed => $"Waiting for {mentorName}'s answer.",
        PairingStatus.Active => $"{mentorName} accepted: they are your mentor.",
        PairingStatus.Declined => $"{mentorName} declined.",
        PairingStatus.Expired => $"{mentorName} did not answer in time.",
        PairingStatus.Cancelled => $"Your ask to {mentorName} was withdrawn.",
        _ => $"Your pairing with {mentorName} has ended.",
    };

    public static string ForMentor(PairingStatus status, string menteeName) => status switch
    {
        PairingStatus.Proposed => $"{menteeName} is waiting for your answer.",
        PairingStatus.Active => $"You accepted: you are {menteeName}'s mentor.",
        PairingStatus.Declined => "You declined this ask.",
        PairingStatus.Expired => "This ask lapsed: it was not answered in time.",
        PairingStatus.Cancelled => "This ask was withdrawn, so there is nothing to answer.",
        _ => $"Your pairing with {menteeName} has ended.",
    };
}
