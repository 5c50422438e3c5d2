namespace MentoringProgram.Web.Domain;

public class MentorVolunteerTopic
{
    private MentorVolunteerTopic() { }

    public MentorVolunteerTopic(int topicId) => TopicId = topicId;

    public int MentorVolunteerId { get; private set; }
    public int TopicId { get; private set; }
    public Topic? Topic { get; private set; }
}
