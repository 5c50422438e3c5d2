using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public sealed class TopicIdListTests
{
    [Fact]
    public void ARequestsTopicColumn_FollowsItsJoinRows_InAscendingOrder()
    {
        var request = new MenteeRequest(1, 2);

        request.SetTopics([7, 2, 5, 2]);
        Assert.Equal("2,5,7", request.TopicIds);
        Assert.Equal([2, 5, 7], request.Topics.Select(t => t.TopicId).Order());

        request.SetTopics([5, 11]);
        Assert.Equal("5,11", request.TopicIds);
        Assert.Equal([5, 11], request.Topics.Select(t => t.TopicId).Order());

        request.SetTopics([]);
        Assert.Equal("", request.TopicIds);
    }

    [Fact]
    public void AnOffersTopicColumn_FollowsItsJoinRows()
    {
        var offer = new MentorVolunteer(1, 2);

        offer.SetTopics([3, 1]);

        Assert.Equal("1,3", offer.TopicIds);
        Assert.Equal([1, 3], TopicIdList.Parse(offer.TopicIds));
    }

    [Fact]
    public void TheLongestColumn_HoldsSixtyFourTopicsOfSixDigits()
    {
        var ids = Enumerable.Range(100_000, 64).ToList();

        var text = TopicIdList.Format(ids);

        Assert.True(text.Length <= TopicIdList.MaxLength, $"{text.Length} characters");
        Assert.Equal(ids, TopicIdList.Parse(text));
        Assert.Empty(TopicIdList.Parse(""));
        Assert.Empty(TopicIdList.Parse(null));
    }
}
