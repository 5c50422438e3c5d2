using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Email.Templates;
using MentoringProgram.Web.Features.Pairings.Mails;
using MentoringProgram.Web.Features.Programs;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>
/// The mail that ending a pairing early causes, queued on the caller's DbContext so it commits with the change. Keys
/// name the pairing, the event and its moment (a request can be made, taken back and made again), so a replayed post
/// queues nothing twice. Who is told what is decided in docs/adr/0015-ending-a-pairing-early.md.
/// </summary>
public sealed class EndingNotices(AppDbContext db, EmailOutbox outbox, MailRenderer mail, ProgramNoticeRecipients recipients)
{
    /// <summary>The program's coordinators hear that a member asked to end the pairing (the other member is not told).</summary>
    public async Task EndRequestedAsync(Pairing pairing, PairingEndRequest request, CancellationToken cancellationToken)
    {
        var facts = await FactsAsync(pairing, cancellationToken);
        var (member, other, role) = request.RequestedByStaffId == pairing.MenteeStaffId
            ? (facts.MenteeName, facts.MentorName, "mentee")
            : (facts.MentorName, facts.MenteeName, "mentor");
        var notice = await mail.RenderAsync(new EndRequestedNotice
        {
            ProgramName = facts.Program.Name, ProgramId = facts.Program.Id, CycleId = pairing.CycleId, PairingId = pairing.Id,
            MemberName = member, Role = role, OtherName = other, ReasonLabel = request.Reason.Label(),
        });
        await ToCoordinatorsAsync($"end-requested:{pairing.Id}:{request.RequestedAt.UtcTicks}", facts.Program, notice, cancellationToken);
    }

    public async Task EndRequestTakenBackAsync(Pairing pairing, PairingEndRequest request, CancellationToken cancellationToken)
    {
        var facts = await FactsAsync(pairing, cancellationToken);
        var byMentee = request.RequestedByStaffId == pairing.MenteeStaffId;
        var notice = await mail.RenderAsync(new EndRequestTakenBackNotice
        {
            ProgramName = facts.Program.Name, ProgramId = facts.Program.Id, CycleId = pairing.CycleId, PairingId = pairing.Id,
            MemberName = byMentee ? facts.MenteeName : facts.MentorName, OtherName = byMentee ? facts.MentorName : facts.MenteeName,
        });
        await ToCoordinatorsAsync($"end-taken-back:{pairing.Id}:{request.DecidedAt!.Value.UtcTicks}", facts.Program, notice, cancellationToken);
    }

    /// <summary>Only the member who asked hears the answer, with the coordinator's word.</summary>
    public async Task KeptGoingAsync(Pairing pairing, PairingEndRequest request, CancellationToken cancellationToken)
    {
        var facts = await FactsAsync(pairing, cancellationToken);
        var byMentee = request.RequestedByStaffId == pairing.MenteeStaffId;
        var (name, email, other) = byMentee ? (facts.MenteeName, facts.MenteeEmail, facts.MentorName) : (facts.MentorName, facts.MentorEmail, facts.MenteeName);
        await outbox.QueueAsync($"end-kept-going:{pairing.Id}:{request.DecidedAt!.Value.UtcTicks}", email, name, await mail.RenderAsync(new PairingKeptGoingMail
        {
            PersonName = name, ProgramName = facts.Program.Name, OtherName = other, PairingId = pairing.Id, Word = request.CoordinatorWord,
        }), cancellationToken);
    }

    /// <summary>Both members hear that the pairing has ended; a pairing is dissolved once, so the key is the pairing's.</summary>
    public async Task DissolvedAsync(Pairing pairing, CancellationToken cancellationToken)
    {
        var facts = await FactsAsync(pairing, cancellationToken);
        await outbox.QueueAllAsync(
        [
            new OutgoingMail($"dissolved:{pairing.Id}:mentee", facts.MenteeEmail, facts.MenteeName, await mail.RenderAsync(new PairingDissolvedMail
            {
                PersonName = facts.MenteeName, ProgramName = facts.Program.Name, OtherName = facts.MentorName, ForMentee = true,
                MenteeChooses = facts.Program.MatchingMode == MatchingMode.MenteeChooses,
            })),
            new OutgoingMail($"dissolved:{pairing.Id}:mentor", facts.MentorEmail, facts.MentorName, await mail.RenderAsync(new PairingDissolvedMail
            {
                PersonName = facts.MentorName, ProgramName = facts.Program.Name, OtherName = facts.MenteeName,
            })),
        ], cancellationToken);
    }

    private async Task ToCoordinatorsAsync(string eventKey, MentorshipProgram program, EmailContent notice, CancellationToken cancellationToken) =>
        await outbox.QueueAllAsync([.. (await recipients.ForAsync(program, cancellationToken))
            .Select(address => new OutgoingMail($"{eventKey}:coordinator:{address}", address, null, notice))], cancellationToken);

    private sealed record Facts(MentorshipProgram Program, string MenteeName, string MenteeEmail, string MentorName, string MentorEmail);

    private async Task<Facts> FactsAsync(Pairing pairing, CancellationToken cancellationToken)
    {
        var people = await db.Pairings.AsNoTracking().Where(p => p.Id == pairing.Id)
            .Select(p => new { p.Cycle!.ProgramId, Mentee = p.Mentee!.FullName, MenteeEmail = p.Mentee.WorkEmail, Mentor = p.Mentor!.FullName, MentorEmail = p.Mentor.WorkEmail })
            .SingleAsync(cancellationToken);
        // Tracked already by the handlers that load the pairing with its cycle and program.
        var program = pairing.Cycle?.Program ?? await db.Programs.SingleAsync(p => p.Id == people.ProgramId, cancellationToken);
        return new Facts(program, people.Mentee, people.MenteeEmail, people.Mentor, people.MentorEmail);
    }
}
