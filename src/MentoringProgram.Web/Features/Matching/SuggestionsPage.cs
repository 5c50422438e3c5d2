namespace MentoringProgram.Web.Features.Matching;

/// <summary>The suggestions page: a request's ranked mentors, and the weights form as the coordinator last filled it.</summary>
public sealed record SuggestionsPage(MatchSuggestions.Result Suggestions, ChangeMatchWeights.Command Form)
{
    public static SuggestionsPage WithSavedWeights(MatchSuggestions.Result suggestions) =>
        new(suggestions, ChangeMatchWeights.Command.From(suggestions.Request.Weights, suggestions.Request.ProgramStamp));
}
