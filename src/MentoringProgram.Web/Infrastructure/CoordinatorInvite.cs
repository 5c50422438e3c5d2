namespace MentoringProgram.Web.Infrastructure;

public sealed record CoordinatorInvite(string Email, bool Created, string? SetPasswordLink);
