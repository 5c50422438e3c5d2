using FluentValidation;
using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>The topics ticked on a meeting form, checked beside the field: only the program's own topics (an id swapped
/// in the form is refused with a message, not a 500), each once. The controller puts the program's topic ids in the
/// validation context; the meeting itself checks the same again (<see cref="Meeting.TopicsProblem"/>).</summary>
public static class MeetingTopicsRule
{
    private const string ContextKey = "ProgramTopicIds";

    public static ValidationContext<T> WithProgramTopics<T>(this ValidationContext<T> context, IReadOnlyCollection<int> programTopicIds)
    {
        context.RootContextData[ContextKey] = programTopicIds;
        return context;
    }

    public static IRuleBuilderOptionsConditions<T, List<int>> OnlyTheProgramsTopics<T>(this IRuleBuilder<T, List<int>> rule) =>
        rule.Custom((ids, context) =>
        {
            if (context.RootContextData.TryGetValue(ContextKey, out var found) && found is IReadOnlyCollection<int> programTopicIds
                && Meeting.TopicsProblem(ids, programTopicIds) is { } problem)
            {
                context.AddFailure(problem);
            }
        });
}
