namespace MentoringProgram.Web.Features.Resources;

/// <summary>The audit log's names for changes to the resource library, and what each entry is about.</summary>
public static class ResourceAudit
{
    public const string Created = "resource.created";
    public const string Changed = "resource.changed";
    public const string Deleted = "resource.deleted";
    public const string NoteSent = "resource.note-sent";

    public static string Subject(int resourceId) => $"resource:{resourceId}";
}
