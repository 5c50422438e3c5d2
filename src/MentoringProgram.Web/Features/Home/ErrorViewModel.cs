namespace MentoringProgram.Web.Features.Home;

public sealed record ErrorViewModel(string RequestId);
