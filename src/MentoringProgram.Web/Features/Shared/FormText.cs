namespace MentoringProgram.Web.Features.Shared;

public static class FormText
{
    /// <summary>What an optional text box stores: trimmed, or null when left blank.</summary>
    public static string? TrimToNull(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
