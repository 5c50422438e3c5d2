namespace MentoringProgram.Web.Domain;

public enum QuestionType
{
    Scale = 0,
    Text = 1,
    /// <summary>One of the question's choices.</summary>
    Choice = 2,

    /// <summary>Any number of the question's choices.</summary>
    MultipleChoice = 3,
}
