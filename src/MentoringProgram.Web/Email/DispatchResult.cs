namespace MentoringProgram.Web.Email;

public readonly record struct DispatchResult(int Sent, int Failed);
