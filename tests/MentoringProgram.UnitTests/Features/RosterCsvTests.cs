using MentoringProgram.Web.Features.Staff;

namespace MentoringProgram.UnitTests.Features;

public class RosterCsvTests
{
    [Fact]
    public void Parse_MatchesHeadersLoosely_AndReadsDates()
    {
        var result = RosterCsv.Parse("Full Name;E-mail;Dept;Start date\nJo Smith;jo@library.test;Access;2021-09-01\n");

        Assert.True(result.IsValid);
        var row = Assert.Single(result.Rows);
        Assert.Equal(("Jo Smith", "jo@library.test", "Access"), (row.Name, row.Email, row.Department));
        Assert.Equal(new DateOnly(2021, 9, 1), row.HireDate);
        Assert.Equal(2, row.Line);
    }

    [Fact]
    public void Parse_QuotedFieldsWithCommasAndBom_AreRead()
    {
        Assert.True(RosterCsv.TryDecode([0xEF, 0xBB, 0xBF, .. "Name,Email,JobTitle\n\"O'Brien, Pat\",pat@library.test,\"Head, Access\"\n"u8.ToArray()], out var text));

        var row = Assert.Single(RosterCsv.Parse(text).Rows);

        Assert.Equal("O'Brien, Pat", row.Name);
        Assert.Equal("Head, Access", row.JobTitle);
    }

    [Fact]
    public void Parse_BlankLinesAreSkipped_AndLineNumbersStayTrue()
    {
        var result = RosterCsv.Parse("Name,Email\nA,a@library.test\n\nB,not-an-email\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Equal("Email", problem.Column);
    }

    [Fact]
    public void Parse_EmptyFile_SaysWhatTheFirstLineMustBe()
    {
        var problem = Assert.Single(RosterCsv.Parse("").Problems);

        Assert.Contains(RosterCsv.TemplateHeader, problem.Message);
    }

    [Fact]
    public void Parse_HeaderOnly_IsAProblem() =>
        Assert.Contains("no staff rows", Assert.Single(RosterCsv.Parse("Name,Email\n").Problems).Message);

    [Fact]
    public void Parse_DuplicateEmail_IgnoresCase() =>
        Assert.Contains("line 2", Assert.Single(RosterCsv.Parse("Name,Email\nA,a@library.test\nB,A@Library.Test\n").Problems).Message);
}
