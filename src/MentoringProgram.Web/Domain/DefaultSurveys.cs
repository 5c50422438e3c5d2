namespace MentoringProgram.Web.Domain;

/// <summary>
/// The surveys every program starts with, drawn from the seed programs' goals (career or educational decisions, a sense
/// of connection to the library, work-life issues, confidence, a wider network), which the coordinator then adjusts.
/// The pre and post surveys ask the same learning and behaviour questions, word for word, so each person's change from
/// start to end can be measured; the post survey adds how the program went (reaction). Every rating is 1 to 5
/// (<see cref="SurveyScale"/>).
/// </summary>
public static class DefaultSurveys
{
    /// <summary>Asked before and after, so the two answers can be compared.</summary>
    public static IReadOnlyList<(string Text, EvaluationLevel Level)> BeforeAndAfter { get; } =
    [
        ("How confident do you feel about your next career or educational decision?", EvaluationLevel.Learning),
        ("How well do you understand how the library works beyond your own team?", EvaluationLevel.Learning),
        ("How confident do you feel about handling work-life questions that come up at work?", EvaluationLevel.Learning),
        ("How connected do you feel to the library as a place to work?", EvaluationLevel.Learning),
        ("How much do you turn to colleagues outside your own team for advice?", EvaluationLevel.Behaviour),
        ("How much are you taking steps toward your career or learning goals (a course, an application, a conversation)?", EvaluationLevel.Behaviour),
    ];

    public const string EndReasonQuestion = "Why did your pairing end before its term?";

    public static IReadOnlyList<string> EndReasons { get; } =
    [
        "We reached what we set out to do sooner than planned",
        "We could not find the time to meet",
        "A change of job, role or schedule",
        "We were not a good fit for each other",
        "Another reason",
    ];

    /// <summary>The four default surveys for a program: pre, pulse, post and closing, each for mentees and mentors.</summary>
    public static IReadOnlyList<Survey> For(int programId)
    {
        var pre = new Survey(programId, SurveyKind.Pre, "Before your mentoring starts");
        AddBeforeAndAfter(pre);
        pre.AddQuestion("What do you most hope to get from this pairing?", QuestionType.Text, EvaluationLevel.Reaction);

        var pulse = new Survey(programId, SurveyKind.Pulse, "Your first month of mentoring");
        pulse.AddQuestion("How well is your mentoring going so far?", QuestionType.Scale, EvaluationLevel.Reaction);
        pulse.AddQuestion("How many times have the two of you met so far?", QuestionType.Choice, EvaluationLevel.Behaviour,
            "Not yet\nOnce\nTwice\nThree times or more");
        pulse.AddQuestion("What one thing would make your meetings more useful?", QuestionType.Text, EvaluationLevel.Reaction);

        var post = new Survey(programId, SurveyKind.Post, "Looking back on your mentoring");
        post.AddQuestion("How useful were your meetings?", QuestionType.Scale, EvaluationLevel.Reaction);
        post.AddQuestion("How much would you recommend the program to a colleague?", QuestionType.Scale, EvaluationLevel.Reaction);
        AddBeforeAndAfter(post);
        post.AddQuestion("Which of these did your mentoring help with?", QuestionType.MultipleChoice, EvaluationLevel.Learning,
            "Career planning\nAn educational or certification decision\nFinding my way around the library\nWork-life balance\nMeeting people across the library");
        post.AddQuestion("What would make the program better?", QuestionType.Text, EvaluationLevel.Reaction);

        var closing = new Survey(programId, SurveyKind.Closing, "Your pairing has ended");
        closing.AddQuestion(EndReasonQuestion, QuestionType.Choice, EvaluationLevel.Reaction, string.Join('\n', EndReasons));
        closing.AddQuestion("How useful was the mentoring while it lasted?", QuestionType.Scale, EvaluationLevel.Reaction);
        closing.AddQuestion("Is there anything the program could have done to help?", QuestionType.Text, EvaluationLevel.Reaction);

        return [pre, pulse, post, closing];
    }

    private static void AddBeforeAndAfter(Survey survey)
    {
        foreach (var (text, level) in BeforeAndAfter)
        {
            survey.AddQuestion(text, QuestionType.Scale, level);
        }
    }
}
