using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using Microsoft.Extensions.Options;

namespace MentoringProgram.Web.Features.Calendar;

/// <summary>
/// Writes meetings as iCalendar (RFC 5545) with Ical.Net, for the .ics download and the private feed alike. Times are
/// UTC instants ("...Z"), which Outlook, Apple and Google calendars all place right without a VTIMEZONE. Each meeting
/// keeps one UID, and its SEQUENCE grows with every change, so a calendar updates its copy rather than adding
/// another; a missed or cancelled meeting says STATUS:CANCELLED. Links go to the pairing page at the configured public
/// address (<see cref="AppLinks"/>), never the address a request came in on.
/// </summary>
public sealed class MeetingCalendar(AppLinks links, IOptions<EmailOptions> email, TimeProvider clock)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public string Write(IEnumerable<CalendarEntry> entries, string? name = null)
    {
        var calendar = new Ical.Net.Calendar { Method = "PUBLISH" };
        calendar.ProductId = "-//MentoringProgram//Meetings//EN";
        if (name is not null)
        {
            calendar.AddProperty("X-WR-CALNAME", name);
            // How often a subscribed calendar should fetch again (Outlook reads this one; Google and Apple choose their own).
            calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
        }
        var stamp = new CalDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var entry in entries)
        {
            calendar.Events.Add(EventFor(entry, stamp));
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private CalendarEvent EventFor(CalendarEntry entry, CalDateTime stamp)
    {
        var page = links.Action("Pairing", "Pairings", new { pairingId = entry.PairingId });
        var meeting = new CalendarEvent
        {
            Uid = $"meeting-{entry.MeetingId}@{Host}",
            DtStamp = stamp,
            Summary = $"Mentoring: {entry.MenteeName} and {entry.MentorName}",
            Location = string.IsNullOrWhiteSpace(entry.Place) ? null : entry.Place,
            Url = new Uri(page),
            Description = $"Your pairing page: {page}",
            Sequence = entry.Sequence,
            Status = entry.Status is MeetingStatus.Missed or MeetingStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Transparency = TransparencyType.Opaque,
        };
        if (entry.StartsAt is { } startsAt)
        {
            meeting.Start = new CalDateTime(startsAt.UtcDateTime);
            meeting.End = new CalDateTime(startsAt.UtcDateTime.AddMinutes(entry.Minutes));
        }
        else
        {
            // Logged after the fact: the day is known, the hour is not.
            meeting.Start = new CalDateTime(entry.HeldOn);
            meeting.End = new CalDateTime(entry.HeldOn.AddDays(1));
        }
        return meeting;
    }

    private string Host => new Uri(email.Value.PublicBaseUrl).Host;
}
