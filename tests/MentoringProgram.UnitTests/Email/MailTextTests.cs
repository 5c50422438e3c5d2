using MentoringProgram.Web.Email.Templates;

namespace MentoringProgram.UnitTests.Email;

public sealed class MailTextTests
{
    private const string P = MailText.ParagraphBreak;
    private const string L = MailText.LineBreak;

    [Fact]
    public void ParagraphBreaks_BecomeBlankLines_AndLineBreaksNewlines()
    {
        Assert.Equal("One\n\nTwo\nThree\n", MailText.Finish($"One{P}Two{L}Three{P}"));
    }

    [Fact]
    public void TheTemplatesOwnLineBreaksAndIndentation_FoldIntoSingleSpaces()
    {
        Assert.Equal("A sentence that the template wraps.\n", MailText.Finish($"\n    A sentence\n        that the template   wraps.\n{P}\n"));
    }

    [Fact]
    public void EntitiesTheRendererWrote_AreDecoded_Once()
    {
        Assert.Equal("O'Brien & Ruiz <b> &amp; Siobhán\n", MailText.Finish("O&#x27;Brien &amp; Ruiz &lt;b&gt; &amp;amp; Siobh&#xE1;n"));
    }

    [Fact]
    public void EmptyParagraphs_AndSeparatorsTheRendererEncoded_LeaveNoGaps()
    {
        Assert.Equal("A\n\nB\n", MailText.Finish($"A{P}  {P}{P}&#x2029;B"));
    }
}
