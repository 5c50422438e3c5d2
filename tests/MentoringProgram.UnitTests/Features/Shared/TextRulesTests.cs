using FluentValidation;
using MentoringProgram.Web.Features.Shared;

namespace MentoringProgram.UnitTests.Features.Shared;

public sealed class TextRulesTests
{
    private sealed record Sample(string? Name, string? Notes);

    private sealed class SampleValidator : AbstractValidator<Sample>
    {
        public SampleValidator()
        {
            RuleFor(s => s.Name).SingleLine();
            RuleFor(s => s.Notes).MultiLine();
        }
    }

    public static TheoryData<string> Refused =>
    [
        "Alex Morgan\r\nBcc: everyone@library.test", "Alex\nMorgan", "Alex\rMorgan", "Alex\tMorgan", "Alex\0Morgan", "Alex\u0007",
        "\u0085Alex", "Alex\u2028Morgan", "Alex\u2029Morgan", "Alex\u202EnagroM", "Alex\u200BMorgan", "\uFEFFAlex", "Alex\u00ADMorgan",
        "Alex\uD800Morgan", "Alex\uDC00", "Alex\u001B[31m",
    ];

    public static TheoryData<string> Allowed =>
    [
        "Alex Morgan", "José Núñez", "O'Brien-Smith, Pat (she/her)", "李小龍", "محمد‌رضا", "Aisha 👩🏽‍💻", "Ngũgĩ wa Thiong'o", "  spaced  ", "",
    ];

    [Theory]
    [MemberData(nameof(Refused))]
    public void SingleLine_RefusesLineBreaksTabsAndInvisibleCharacters(string value)
    {
        var result = new SampleValidator().Validate(new Sample(value, null));

        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(Sample.Name), error.PropertyName);
        Assert.Equal(TextRules.SingleLineMessage, error.ErrorMessage);
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void SingleLine_AcceptsNamesInAnyScript(string value) =>
        Assert.True(new SampleValidator().Validate(new Sample(value, value)).IsValid);

    [Fact]
    public void SingleLine_AcceptsNull() => Assert.True(new SampleValidator().Validate(new Sample(null, null)).IsValid);

    [Theory]
    [InlineData("First line\r\nSecond line\n\nThird")]
    [InlineData("Line\rbreaks of every kind\n")]
    public void MultiLine_KeepsLineBreaks(string value) => Assert.True(new SampleValidator().Validate(new Sample(null, value)).IsValid);

    [Theory]
    [InlineData("Goals\tindented")]
    [InlineData("Goals\0")]
    [InlineData("Goals\u2028more")]
    [InlineData("Goals\u202E")]
    public void MultiLine_RefusesOtherControlCharacters(string value)
    {
        var error = Assert.Single(new SampleValidator().Validate(new Sample(null, value)).Errors);

        Assert.Equal(TextRules.MultiLineMessage, error.ErrorMessage);
    }

    [Fact]
    public void FirstForbidden_SaysWhereTheCharacterIs()
    {
        Assert.Equal(4, TextRules.FirstForbidden("Alex\r\nMorgan", allowLineBreaks: false));
        Assert.Equal(-1, TextRules.FirstForbidden("Alex\r\nMorgan", allowLineBreaks: true));
        Assert.Equal(4, TextRules.FirstForbidden("👩🏽\0", allowLineBreaks: false));
    }

    [Theory]
    [InlineData("jo.smith@library.edu")]
    [InlineData("  jo.smith@library.edu ")]
    [InlineData("o'brien+mentoring@branch.library.example.edu")]
    [InlineData("josé.núñez@library.edu")]
    public void MailAddress_AcceptsWhatTheOutboxCanDeliver(string value) => Assert.True(TextRules.IsMailAddress(value));

    [Theory]
    [InlineData("not-an-address\r\nBcc: x@y.test")]
    [InlineData("Jo Smith <jo@library.edu>")]
    [InlineData("jo@library.edu, other@library.edu")]
    [InlineData("jo smith@library.edu")]
    [InlineData("@library.edu")]
    [InlineData("jo@")]
    [InlineData("jo")]
    public void MailAddress_RefusesWhatEmailAddressLetThrough(string value) => Assert.False(TextRules.IsMailAddress(value));
}
