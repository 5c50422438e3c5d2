namespace MentoringProgram.Web.Domain;

/// <summary>Who in a pairing is asked a survey.</summary>
public enum SurveyAudience
{
    Both = 0,
    Mentees = 1,
    Mentors = 2,
}
