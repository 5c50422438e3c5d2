using MentoringProgram.Web.Features.Staff;

namespace MentoringProgram.UnitTests.Features;

public sealed class RosterCsvControlCharacterTests
{
    [Fact]
    public void Parse_ALineBreakInsideAQuotedName_IsReportedWithItsLineAndColumn_AndTheFileRefused()
    {
        var result = RosterCsv.Parse("Name,Email,Location\nJo Smith,jo@library.test,Main\n\"Alex Morgan\nBcc: all@library.test\",alex@library.test,\"Main\tLibrary\"\n");

        Assert.False(result.IsValid);
        Assert.Collection(result.Problems.OrderBy(p => p.Column),
            p => Assert.Equal(("Location", "Location contains a line break, tab or invisible character. Keep it on one line of plain text."), (p.Column, p.Message)),
            p => Assert.Equal(("Name", "Name contains a line break, tab or invisible character. Keep it on one line of plain text."), (p.Column, p.Message)));
        Assert.All(result.Problems, p => Assert.InRange(p.Line, 3, 4));
    }

    [Fact]
    public void Parse_InvisibleCharactersInAnyColumn_AreRefused()
    {
        var result = RosterCsv.Parse("Name,Email,Department,JobTitle,SupervisorName,SupervisorEmail\nJo\u202ESmith,jo@library.test,Access\u0000,Head\u2028Clerk,Sam\u200BLee,sam@library.test\u0007\n");

        Assert.Equal(["Department", "JobTitle", "Name", "SupervisorEmail", "SupervisorName"], result.Problems.Select(p => p.Column).Order().ToArray());
        Assert.All(result.Problems, p => Assert.Equal(2, p.Line));
    }
}
