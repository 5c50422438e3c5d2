namespace MentoringProgram.Web.Domain;

/// <summary>A topic of the program that a meeting touched, ticked by one of the pair. Private to the pair like notes:
/// its own table, which no coordinator query, export, mail or job reads, and which retention empties.</summary>
public class MeetingTopic
{
    private MeetingTopic() { }

    public MeetingTopic(int topicId) => TopicId = topicId;

    public int MeetingId { get; private set; }
    public int TopicId { get; private set; }
}
