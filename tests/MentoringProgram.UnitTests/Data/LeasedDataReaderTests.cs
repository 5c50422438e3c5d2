using System.Data.Common;
using MentoringProgram.Web.Data;
using Moq;

namespace MentoringProgram.UnitTests.Data;

public sealed class LeasedDataReaderTests
{
    [Fact]
    public async Task ClosingOrDisposing_ReleasesTheConnectionOnce_AndClosesTheInnerReader()
    {
        var inner = new Mock<DbDataReader>();
        var released = 0;
        var reader = new LeasedDataReader(inner.Object, () => released++);

        reader.Close();
        reader.Dispose();
        await reader.DisposeAsync();

        Assert.Equal(1, released);
        inner.Verify(r => r.Close(), Times.AtLeastOnce());
    }

    [Fact]
    public void Values_AreTheInnerReaders_TypedAsItTypesThem()
    {
        var inner = new Mock<DbDataReader>();
        var day = new DateOnly(2026, 3, 2);
        inner.Setup(r => r.GetFieldValue<DateOnly>(2)).Returns(day);
        inner.Setup(r => r.GetInt32(0)).Returns(42);
        inner.Setup(r => r.IsDBNull(1)).Returns(true);
        using var reader = new LeasedDataReader(inner.Object, () => { });

        Assert.Equal(day, reader.GetFieldValue<DateOnly>(2));
        Assert.Equal(42, reader.GetInt32(0));
        Assert.True(reader.IsDBNull(1));
    }
}
