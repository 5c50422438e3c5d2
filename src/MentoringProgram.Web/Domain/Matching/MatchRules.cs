namespace MentoringProgram.Web.Domain.Matching;

/// <summary>
/// The rules no score can outweigh. Each returns the rule in words when it removes a mentor, so the coordinator sees
/// why someone is missing from a list, not just that they are.
/// </summary>
public sealed class MatchRules(int minimumTenureMonths, DateOnly termStarts, bool trainingRequired, IReadOnlySet<(int MenteeStaffId, int MentorStaffId)> dissolvedPairs)
{
    public string? Excludes(MenteeFacts mentee, MentorFacts mentor)
    {
        if (mentee.StaffId == mentor.StaffId)
        {
            return "Cannot mentor themselves.";
        }
        if (SameAddress(mentee.SupervisorEmail, mentor.WorkEmail))
        {
            return "Is the mentee's supervisor.";
        }
        if (SameAddress(mentor.SupervisorEmail, mentee.WorkEmail))
        {
            return "Reports to the mentee.";
        }
        if (mentor.Status != VolunteerStatus.Approved)
        {
            return mentor.Status switch
            {
                VolunteerStatus.Submitted => "Not approved as a mentor yet.",
                VolunteerStatus.Paused => "Paused as a mentor.",
                _ => "Withdrew their offer to mentor.",
            };
        }
        if (trainingRequired && !mentor.TrainingCompleted)
        {
            return "Has not finished mentor training, which this program requires.";
        }
        var eligibility = Tenure.Evaluate(mentor.HireDate, minimumTenureMonths, termStarts);
        if (!eligibility.IsEligible)
        {
            return mentor.HireDate is null
                ? "Hire date not on record, so time on staff cannot be checked."
                : $"Will not have {minimumTenureMonths} months on staff when the term starts.";
        }
        if (mentor.PlacesLeft == 0)
        {
            return $"Has no place left ({mentor.PlacesTaken} of {mentor.Capacity} taken).";
        }
        if (mentee.AvoidStaffIds.Contains(mentor.StaffId))
        {
            return "The mentee asked not to be matched with them.";
        }
        if (dissolvedPairs.Contains((mentee.StaffId, mentor.StaffId)))
        {
            return "Their earlier pairing was dissolved.";
        }
        if (mentee.EndedAsks.TryGetValue(mentor.VolunteerId, out var ended))
        {
            return ended switch
            {
                PairingStatus.Declined => "Declined the mentee's ask.",
                PairingStatus.Expired => "Did not answer the mentee's ask in time.",
                _ => "An earlier ask to them was withdrawn.",
            };
        }
        return null;
    }

    private static bool SameAddress(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
