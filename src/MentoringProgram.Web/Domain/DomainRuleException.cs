namespace MentoringProgram.Web.Domain;

/// <summary>An entity refused a change its rules do not allow from its current state (approving a withdrawn
/// volunteer, submitting a survey twice). The message is written for the person who asked for the change.</summary>
public sealed class DomainRuleException(string message) : Exception(message);
