namespace MentoringProgram.Web.Domain;

/// <summary>Kirkpatrick levels, so pre/post change can be grouped by what it measures.</summary>
public enum EvaluationLevel
{
    Reaction = 1,
    Learning = 2,
    Behaviour = 3,
}
