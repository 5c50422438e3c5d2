using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Data;

/// <summary>
/// The one model for every provider. Each provider has a thin subclass (SqliteAppDbContext, ...) that owns
/// its migrations; the app always asks for AppDbContext.
/// </summary>
public abstract class AppDbContext : IdentityDbContext<ApplicationUser>, IDataProtectionKeyContext
{
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<MentorshipProgram> Programs => Set<MentorshipProgram>();
    public DbSet<ProgramCycle> ProgramCycles => Set<ProgramCycle>();
    public DbSet<MenteeRequest> MenteeRequests => Set<MenteeRequest>();
    public DbSet<MentorVolunteer> MentorVolunteers => Set<MentorVolunteer>();
    public DbSet<Pairing> Pairings => Set<Pairing>();
    public DbSet<MatchRun> MatchRuns => Set<MatchRun>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingTopic> MeetingTopics => Set<MeetingTopic>();
    public DbSet<PrivateNote> PrivateNotes => Set<PrivateNote>();
    public DbSet<PairingAgreement> PairingAgreements => Set<PairingAgreement>();
    public DbSet<ChecklistTick> ChecklistTicks => Set<ChecklistTick>();
    public DbSet<LunchExpense> LunchExpenses => Set<LunchExpense>();
    public DbSet<PairingEndRequest> PairingEndRequests => Set<PairingEndRequest>();
    public DbSet<EarlyCheckAnswer> EarlyCheckAnswers => Set<EarlyCheckAnswer>();
    public DbSet<CheckInAnswer> CheckInAnswers => Set<CheckInAnswer>();
    public DbSet<ProgramRoleAssignment> ProgramRoleAssignments => Set<ProgramRoleAssignment>();
    public DbSet<SignedLinkNonce> SignedLinkNonces => Set<SignedLinkNonce>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyClosing> SurveyClosings => Set<SurveyClosing>();
    public DbSet<Resource> Resources => Set<Resource>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<MailServerStatus> MailServerStatuses => Set<MailServerStatus>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ProfileCorrectionRequest> ProfileCorrectionRequests => Set<ProfileCorrectionRequest>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<CacheStamp> CacheStamps => Set<CacheStamp>();

    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Identity sizes these keys from IdentityOptions (AddDefaultIdentity sets 128), which design-time
        // tools never see; fixing them here keeps the runtime model and the migrations identical.
        builder.Entity<IdentityUserLogin<string>>(b =>
        {
            b.Property(l => l.LoginProvider).HasMaxLength(128);
            b.Property(l => l.ProviderKey).HasMaxLength(128);
        });
        builder.Entity<IdentityUserToken<string>>(b =>
        {
            b.Property(t => t.LoginProvider).HasMaxLength(128);
            b.Property(t => t.Name).HasMaxLength(128);
        });
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
