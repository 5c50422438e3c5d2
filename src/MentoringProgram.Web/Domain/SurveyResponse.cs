namespace MentoringProgram.Web.Domain;

/// <summary>One person's answers to one survey: a draft they can change, then submitted once, after which the
/// answers are fixed (results are aggregated from submitted responses only).</summary>
public class SurveyResponse : IConcurrencyStamped
{
    private readonly List<SurveyAnswer> _answers = [];

    private SurveyResponse() { }

    public SurveyResponse(int surveyId, int cycleId, int pairingId, int staffMemberId)
    {
        SurveyId = surveyId;
        CycleId = cycleId;
        PairingId = pairingId;
        StaffMemberId = staffMemberId;
    }

    public int Id { get; private set; }
    public int SurveyId { get; private set; }
    public int CycleId { get; private set; }
    /// <summary>Every survey is asked about a pairing (at its start, 30 days in, at its completion or dissolution), so a
    /// response always names one, and the unique index on survey, person and pairing holds on every provider.</summary>
    public int PairingId { get; private set; }
    public int StaffMemberId { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public IReadOnlyCollection<SurveyAnswer> Answers => _answers;

    public Guid ConcurrencyStamp { get; set; }

    public bool IsSubmitted => SubmittedAt is not null;
    public bool CanAnswer => !IsSubmitted;
    public bool CanSubmit => !IsSubmitted && _answers.Count > 0;

    /// <summary>Sets the draft's answer to a question, replacing an earlier one.</summary>
    public void Answer(int questionId, int? scaleValue, string? textValue)
    {
        if (!CanAnswer)
        {
            throw new DomainRuleException("This survey is already submitted, so its answers can no longer change.");
        }
        var text = string.IsNullOrWhiteSpace(textValue) ? null : textValue.Trim();
        if (_answers.Find(a => a.QuestionId == questionId) is { } answer)
        {
            answer.Change(scaleValue, text);
        }
        else
        {
            _answers.Add(new SurveyAnswer(questionId, scaleValue, text));
        }
    }

    /// <summary>Takes back the draft's answer to a question, if it had one.</summary>
    public void Clear(int questionId)
    {
        if (!CanAnswer)
        {
            throw new DomainRuleException("This survey is already submitted, so its answers can no longer change.");
        }
        _answers.RemoveAll(a => a.QuestionId == questionId);
    }

    public void Submit(DateTimeOffset now)
    {
        if (!CanSubmit)
        {
            throw new DomainRuleException(IsSubmitted
                ? "This survey is already submitted."
                : "Answer at least one question before submitting the survey.");
        }
        SubmittedAt = now;
    }
}
