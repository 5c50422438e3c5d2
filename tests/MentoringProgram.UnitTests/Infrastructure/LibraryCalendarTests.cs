using MentoringProgram.Web.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace MentoringProgram.UnitTests.Infrastructure;

public class LibraryCalendarTests
{
    [Fact]
    public void ZoneFrom_Unset_IsUtc() =>
        Assert.Equal(TimeSpan.Zero, LibraryCalendar.ZoneFrom(Settings(null)).BaseUtcOffset);

    [Fact]
    public void ZoneFrom_Set_GivesTheLibrarysToday()
    {
        var library = new LibraryCalendar(LibraryCalendar.ZoneFrom(Settings("Pacific/Auckland")), new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T11:00:00Z")));

        Assert.Equal("Pacific/Auckland", library.Zone.Id);
        Assert.Equal(new DateOnly(2026, 12, 2), library.Today());
    }

    [Fact]
    public void ZoneFrom_Unknown_StopsStartUp_NamingTheSettingAndAnExample()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LibraryCalendar.ZoneFrom(Settings("Hawaii")));

        Assert.Contains("Library:TimeZone is 'Hawaii'", error.Message);
        Assert.Contains("IANA time zone id", error.Message);
        Assert.Contains("Library__TimeZone=", error.Message);
    }

    private static IConfiguration Settings(string? zone) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [LibraryCalendar.TimeZoneKey] = zone }).Build();
}
