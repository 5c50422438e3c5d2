using System.Text;
using MentoringProgram.Web.Features.Staff;

namespace MentoringProgram.UnitTests.Features;

public class RosterCsvEncodingTests
{
    private const string Csv = "Name,Email\nJosé Núñez,jose@library.test\n";

    [Fact]
    public void TryDecode_Utf8_WithOrWithoutBom_KeepsAccentedNames()
    {
        var bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        var withBom = bom.GetPreamble().Concat(bom.GetBytes(Csv)).ToArray();

        Assert.True(RosterCsv.TryDecode(Encoding.UTF8.GetBytes(Csv), out var plain));
        Assert.True(RosterCsv.TryDecode(withBom, out var fromBom));
        Assert.Equal(Csv, plain);
        Assert.Equal(Csv, fromBom);
    }

    [Fact]
    public void TryDecode_Latin1_IsRefused()
    {
        var latin1 = Encoding.Latin1.GetBytes(Csv);

        Assert.False(RosterCsv.TryDecode(latin1, out var text));
        Assert.Null(text);
        Assert.Contains("CSV UTF-8", RosterCsv.NotUtf8Message);
    }
}
