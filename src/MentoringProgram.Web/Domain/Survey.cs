namespace MentoringProgram.Web.Domain;

public enum SurveyKind
{
    Pre = 0,
    Pulse = 1,
    Post = 2,
    Closing = 3,
}

/// <summary>Kirkpatrick levels, so pre/post change can be grouped by what it measures.</summary>
public enum EvaluationLevel
{
    Reaction = 1,
    Learning = 2,
    Behaviour = 3,
}

public enum QuestionType
{
    Scale = 0,
    Text = 1,
    Choice = 2,
}

public class Survey
{
    private Survey() { }

    public Survey(int programId, SurveyKind kind, string title)
    {
        ProgramId = programId;
        Kind = kind;
        Title = title;
    }

    public int Id { get; private set; }
    public int ProgramId { get; private set; }
    public SurveyKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public List<SurveyQuestion> Questions { get; private set; } = [];
}

public class SurveyQuestion
{
    public int Id { get; private set; }
    public int SurveyId { get; set; }
    public int Order { get; set; }
    public string Text { get; set; } = "";
    public QuestionType Type { get; set; }
    public EvaluationLevel Level { get; set; }
    public string? Choices { get; set; }
}

public class SurveyResponse
{
    public int Id { get; private set; }
    public int SurveyId { get; set; }
    public int CycleId { get; set; }
    public int? PairingId { get; set; }
    public int StaffMemberId { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public List<SurveyAnswer> Answers { get; private set; } = [];
}

public class SurveyAnswer
{
    public int Id { get; private set; }
    public int SurveyResponseId { get; set; }
    public int QuestionId { get; set; }
    public int? ScaleValue { get; set; }
    public string? TextValue { get; set; }
}

public enum ResourceKind
{
    Tip = 0,
    Activity = 1,
    Referral = 2,
    Faq = 3,
}

/// <summary>A Markdown page in the program's resource library; rendered through a sanitiser.</summary>
public class Resource : IAudited
{
    public int Id { get; private set; }
    public int? ProgramId { get; set; }
    public string Title { get; set; } = "";
    public ResourceKind Kind { get; set; }
    public string Markdown { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Who did what, when: security and coordinator actions. Never holds note text or secrets.</summary>
public class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, string? actorUserId, string action, string? subject, string? details)
    {
        At = at;
        ActorUserId = actorUserId;
        Action = action;
        Subject = subject;
        Details = details;
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? ActorUserId { get; private set; }
    public string Action { get; private set; } = "";
    public string? Subject { get; private set; }
    public string? Details { get; private set; }
}
