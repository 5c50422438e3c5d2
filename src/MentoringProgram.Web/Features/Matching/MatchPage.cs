namespace MentoringProgram.Web.Features.Matching;

/// <summary>The match page: the match, and the confirmation form as the coordinator last filled it.</summary>
public sealed record MatchPage(MatchDetails.Result Match, ConfirmMatch.Command Form);
