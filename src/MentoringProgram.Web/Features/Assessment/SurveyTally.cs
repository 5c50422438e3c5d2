using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Assessment;

/// <summary>
/// Turns submitted answers into what the coordinator may see of one survey: for each question and each group of the
/// chosen breakdown, how many answered and how (the mean and the count of each rating, the count of each choice), with
/// every group that <see cref="SmallGroups"/> holds back left out and shown only together with the others held back.
/// Written answers are listed, in alphabetical order and without any group, only for the whole set of respondents and
/// only when enough answered. A plain class over rows already read: the page's query stays one statement.
/// </summary>
public static class SurveyTally
{
    public sealed record Question(int Id, string Text, QuestionType Type, EvaluationLevel Level, IReadOnlyList<string> Choices);

    /// <summary>One answer, with the group (of the chosen breakdown) of the person who gave it.</summary>
    public sealed record Answer(int QuestionId, int? Value, string? Text, string Group);

    /// <summary>A group's figures: <see cref="Counts"/> holds one count per rating (1 to 5) or per choice.</summary>
    public sealed record GroupFigures(string Label, int Answered, double? Mean, IReadOnlyList<int> Counts);

    public sealed record QuestionFigures(Question Question, IReadOnlyList<GroupFigures> Groups, int GroupsHeldBack, IReadOnlyList<string> WrittenAnswers)
    {
        /// <summary>The labels of the columns of <see cref="GroupFigures.Counts"/>.</summary>
        public IReadOnlyList<string> CountLabels => Question.Type == QuestionType.Scale ? ["1", "2", "3", "4", "5"] : Question.Choices;
    }

    public const string HeldBackTogether = "Other groups together";

    /// <param name="groupOrder">The breakdown's groups in the order to list them (groups with no answers are skipped).</param>
    public static IReadOnlyList<QuestionFigures> Of(IReadOnlyList<Question> questions, IReadOnlyList<Answer> answers, IReadOnlyList<string> groupOrder, bool listWrittenAnswers, int minimum)
    {
        var byQuestion = answers.ToLookup(a => a.QuestionId);
        return [.. questions.Select(q => Figures(q, [.. byQuestion[q.Id]], groupOrder, listWrittenAnswers, minimum))];
    }

    private static QuestionFigures Figures(Question question, IReadOnlyList<Answer> answers, IReadOnlyList<string> groupOrder, bool listWrittenAnswers, int minimum)
    {
        if (question.Type == QuestionType.Text)
        {
            var texts = answers.Where(a => !string.IsNullOrWhiteSpace(a.Text)).Select(a => a.Text!).ToList();
            var written = listWrittenAnswers && SmallGroups.MayShow(texts.Count, minimum)
                ? (IReadOnlyList<string>)[.. texts.Order(StringComparer.Ordinal)]
                : [];
            return new QuestionFigures(question, [], 0, written);
        }
        var width = question.Type == QuestionType.Scale ? 5 : question.Choices.Count;
        // Each answer as the values it counts for: a rating or one choice is one value, a multiple choice its chosen ones.
        var counted = answers.Select(a => (a.Group, Values: ValuesOf(question.Type, a, width))).Where(a => a.Values.Count > 0).ToList();
        var groups = groupOrder.Select(g => (Key: g, Size: counted.Count(a => a.Group == g))).Where(g => g.Size > 0).ToList();
        var shown = SmallGroups.Shown(groups, minimum);
        var figures = groups.Where(g => shown.Contains(g.Key)).Select(g => Group(g.Key, [.. counted.Where(a => a.Group == g.Key).Select(a => a.Values)], question.Type, width)).ToList();
        var heldBack = groups.Where(g => !shown.Contains(g.Key)).ToList();
        var heldBackAnswers = counted.Where(a => heldBack.Any(g => g.Key == a.Group)).Select(a => a.Values).ToList();
        // Held back together only when there are several groups to hide among: one held-back group is its own figures.
        if (heldBack.Count > 1 && SmallGroups.MayShow(heldBackAnswers.Count, minimum))
        {
            figures.Add(Group(HeldBackTogether, heldBackAnswers, question.Type, width));
        }
        return new QuestionFigures(question, figures, heldBack.Count, []);
    }

    private static IReadOnlyList<int> ValuesOf(QuestionType type, Answer answer, int width)
    {
        IEnumerable<int> values = type == QuestionType.MultipleChoice
            ? Surveys.SurveyAnswerValues.ChosenNumbers(answer.Text)
            : answer.Value is { } v ? [v] : [];
        return [.. values.Where(v => v >= 1 && v <= width).Distinct()];
    }

    private static GroupFigures Group(string label, IReadOnlyList<IReadOnlyList<int>> answers, QuestionType type, int width)
    {
        var counts = new int[width];
        foreach (var v in answers.SelectMany(a => a))
        {
            counts[v - 1]++;
        }
        return new GroupFigures(label, answers.Count, type == QuestionType.Scale ? answers.Average(a => a[0]) : null, counts);
    }
}
