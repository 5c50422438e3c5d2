namespace MentoringProgram.Web.Domain;

public class MenteeRequestTopic
{
    private MenteeRequestTopic() { }

    public MenteeRequestTopic(int topicId) => TopicId = topicId;

    public int MenteeRequestId { get; private set; }
    public int TopicId { get; private set; }
    public Topic? Topic { get; private set; }
}
