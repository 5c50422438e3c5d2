namespace MentoringProgram.Web.Features.Lunches;

/// <summary>The lunch allowance page: what is left and spent, and the form as the member last filled it.</summary>
public sealed record LunchPage(RecordLunch.View Allowance, RecordLunch.Command Form);
