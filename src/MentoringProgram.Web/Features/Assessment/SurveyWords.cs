using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Assessment;

/// <summary>How survey kinds and evaluation levels read on the coordinator's pages.</summary>
public static class SurveyWords
{
    public static string Moment(SurveyKind kind) => kind switch
    {
        SurveyKind.Pre => "When a pairing starts",
        SurveyKind.Pulse => "About 30 days in",
        SurveyKind.Post => "When a pairing completes",
        SurveyKind.Closing => "When a pairing ends early",
        _ => kind.ToString(),
    };

    public static string Level(EvaluationLevel level) => level switch
    {
        EvaluationLevel.Reaction => "reaction (how it felt)",
        EvaluationLevel.Learning => "learning (what changed in what they know or believe)",
        EvaluationLevel.Behaviour => "behaviour (what they do differently)",
        _ => level.ToString(),
    };
}
