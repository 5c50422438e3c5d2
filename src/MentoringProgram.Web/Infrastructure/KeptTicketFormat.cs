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

    private readonly KeptForAWhile<AuthenticationTicket> _tickets = new(KeptFor, clock);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, purpose: null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }
        if (_tickets.TryGet(protectedText, out var kept))
        {
            return kept.Clone();
        }
        var ticket = inner.Unprotect(protectedText);
        if (ticket is not null)
        {
            _tickets.Keep(protectedText, ticket.Clone());
        }
        return ticket;
    }
}
