using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Email.Templates;
using MentoringProgram.Web.Features.Agreements.Mails;

namespace MentoringProgram.Web.Features.Agreements;

/// <summary>The mail an agreement causes, queued on the caller's DbContext so it commits with the change. The key names
/// the pairing, the version and the person, so a replayed save queues nothing twice and every new version asks again.</summary>
public sealed class AgreementNotices(EmailOutbox outbox, MailRenderer mail)
{
    /// <summary>The member who did not write this version is asked to read and confirm it. Needs the pairing with its
    /// mentee, mentor and program loaded.</summary>
    public async Task WrittenAsync(Pairing pairing, PairingAgreement agreement, int writerStaffId, CancellationToken cancellationToken)
    {
        var (writer, reader) = pairing.MenteeStaffId == writerStaffId ? (pairing.Mentee!, pairing.Mentor!) : (pairing.Mentor!, pairing.Mentee!);
        await outbox.QueueAsync($"agreement:{pairing.Id}:v{agreement.Version}:{reader.Id}", reader.WorkEmail, reader.FullName, await mail.RenderAsync(new AgreementWrittenMail
        {
            PersonName = reader.FullName, ProgramName = pairing.Cycle!.Program!.Name, WriterName = writer.FullName, PairingId = pairing.Id,
            FirstVersion = agreement.Version == 1,
        }), cancellationToken);
    }
}
