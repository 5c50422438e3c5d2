namespace MentoringProgram.Web.Features.Shared;

/// <summary>One page of a list, with what the pager needs. Pages are 1-based; out-of-range pages clamp.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
}
