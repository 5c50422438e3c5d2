namespace MentoringProgram.Web.Domain;

public class ProgramTopic
{
    private ProgramTopic() { }

    public ProgramTopic(int topicId) => TopicId = topicId;

    public int ProgramId { get; private set; }
    public int TopicId { get; private set; }
    public Topic? Topic { get; private set; }
}
