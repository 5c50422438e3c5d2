using MentoringProgram.Web.Features.Staff;

namespace MentoringProgram.Web.Features.Home;

/// <summary>What the signed-in person should do next, per open program: the home page's content.</summary>
public sealed record NextStepsModel(string Name, bool IsCoordinator, bool ProfileIncomplete, IReadOnlyList<ProgramStep> Programs, CoordinatorQueue? Queue)
{
    /// <summary>Staff records waiting for the coordinator to approve or decline a correction (coordinators only).</summary>
    public DecideProfileCorrection.Pending? Corrections { get; init; }

    /// <summary>Surveys due to the person now about one of their pairings, not yet submitted (drafts included).</summary>
    public IReadOnlyList<Surveys.SurveyAsk> SurveysToAnswer { get; init; } = [];

    /// <summary>Why the person cannot mentor in any program, when the reason is the same for all of them (no hire
    /// date on record): said once on the page rather than on every program card.</summary>
    public string? EligibilityNotice => Programs.Select(p => p.MentorEligibility).FirstOrDefault(e => e.HireDateUnknown)?.Reason;
}
