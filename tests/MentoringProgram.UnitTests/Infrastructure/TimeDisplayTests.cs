using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Infrastructure;

namespace MentoringProgram.UnitTests.Infrastructure;

public class TimeDisplayTests
{
    private static readonly DateTimeOffset LastMinuteInHonolulu = DateTimeOffset.Parse("2026-12-02T09:59:00Z");

    [Theory]
    [InlineData("Pacific/Honolulu", "1 Dec 2026 23:59 Honolulu time")]
    [InlineData("Pacific/Auckland", "2 Dec 2026 22:59 Auckland time")]
    [InlineData("America/New_York", "2 Dec 2026 04:59 New York time")]
    [InlineData("UTC", "2 Dec 2026 09:59 UTC")]
    [InlineData("Etc/GMT+10", "1 Dec 2026 23:59 UTC-10:00")]
    public void Text_ShowsTheMomentInTheZone_AndNamesTheZone(string zone, string expected) =>
        Assert.Equal(expected, TimeDisplay.Text(LastMinuteInHonolulu, TimeZones.FindOrUtc(zone)));

    [Fact]
    public void Text_ForADate_IsTheLocalDate_WithoutAZoneName() =>
        Assert.Equal("1 December 2026", TimeDisplay.Text(LastMinuteInHonolulu, TimeZones.FindOrUtc("Pacific/Honolulu"), "d MMMM yyyy"));

    [Fact]
    public void IsoUtc_IsTheInstantInUtc_WhateverTheOffsetItCameWith() =>
        Assert.Equal("2026-12-02T09:59:00Z", TimeDisplay.IsoUtc(DateTimeOffset.Parse("2026-12-01T23:59:00-10:00")));
}
