using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>
/// The sign-in cookie's format, keeping each cookie it has decrypted for a minute on this instance: the same cookie comes
/// with every request of a session, and decrypting it (a key derivation, an HMAC and AES) was a tenth of a light page
/// (issue 12). Only a cookie that decrypted is kept, under its whole text, so nothing can be looked up without the
/// cookie itself; each caller gets its own copy of the ticket, since the cookie handler changes the one it is given.
/// Everything the cookie handler checks after decrypting (expiry, the session check) is checked on every request as
/// before. A revoked data-protection key is noticed within the minute.
/// </summary>
public sealed class KeptTicketFormat(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider clock) : ISecureDataFormat<AuthenticationTicket>
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);

    /// <summary>Past this many cookies, all are forgotten: each is only worth a minute.</summary>
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, Kept> _tickets = new(StringComparer.Ordinal);

    private sealed record Kept(AuthenticationTicket Ticket, DateTimeOffset DecryptedAt);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, purpose: null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }
        var now = clock.GetUtcNow();
        if (_tickets.TryGetValue(protectedText, out var kept))
        {
            if (now - kept.DecryptedAt < KeptFor)
            {
                return kept.Ticket.Clone();
            }
            _tickets.TryRemove(new KeyValuePair<string, Kept>(protectedText, kept));
        }
        var ticket = inner.Unprotect(protectedText);
        if (ticket is not null)
        {
            if (_tickets.Count >= MaxEntries)
            {
                _tickets.Clear();
            }
            _tickets[protectedText] = new Kept(ticket.Clone(), now);
        }
        return ticket;
    }
}
